namespace IncidentMap.Geoparsing.Places;

/// <summary>What sort of place a gazetteer entry is.</summary>
public enum PlaceKind
{
    /// <summary>A sovereign state or dependency (Natural Earth admin-0, mledoze/countries).</summary>
    Country,

    /// <summary>A first-level division: region, oblast, voivodeship, state, province.</summary>
    Admin1,

    /// <summary>A second-level division: county, district, raion.</summary>
    Admin2,

    /// <summary>A populated place from GeoNames cities500.</summary>
    City,

    /// <summary>A sea, gulf, bay or strait (Natural Earth marine areas).</summary>
    Sea,

    /// <summary>A country's national airspace: its land plus the 12-nautical-mile territorial sea.</summary>
    Airspace,

    /// <summary>The land border between two neighbouring countries.</summary>
    Border,

    /// <summary>A continent.</summary>
    Continent,

    /// <summary>A macro-region made of several countries (the Middle East, the Baltic states).</summary>
    Region,
}
