namespace IncidentMap.Geoparsing.Places;

/// <summary>A region news names that no source table holds: made of whole countries (<see cref="Members"/>)
/// or of admin-1 units (<see cref="Admin1"/>: ISO 3166-2 codes, an alpha-3 code for all of a country's units, or
/// "CCC:text" for the units of country CCC whose name or Natural Earth region contains the text), with the point
/// gazetteers conventionally give it, or none: then the point is the area's centroid, or an interior point when the
/// centroid falls outside.</summary>
internal sealed record MacroRegion(string Name, double? Lat, double? Lon, string[] Names, string[] Demonyms, string[] Members, string[]? Admin1 = null)
{
    /// <summary>Abbreviations of regions, kept apart from names like every abbreviation.</summary>
    public static readonly Dictionary<string, string[]> Abbreviations = new(StringComparer.Ordinal)
    {
        ["European Union"] = ["EU", "E.U."],
    };

    /// <summary>Continents at GeoNames' conventional points.</summary>
    public static readonly MacroRegion[] Continents =
    [
        new("Africa", 7.19, 21.09, [], ["African"], []),
        new("Antarctica", -78.16, 16.41, ["Antarctic"], ["Antarctic"], []),
        new("Asia", 29.84, 89.30, [], ["Asian"], []),
        new("Europe", 48.69, 9.14, ["European continent"], ["European"], []),
        new("North America", 46.07, -100.55, [], ["North American"], []),
        new("Oceania", -18.31, 138.52, [], ["Oceanian"], []),
        new("South America", -14.60, -57.66, [], ["South American"], []),
    ];

    /// <summary>News names and demonyms of the UN subregions Natural Earth names.</summary>
    public static readonly Dictionary<string, (string[] Names, string[] Demonyms)> SubregionAliases = new(StringComparer.Ordinal)
    {
        ["Americas"] = (["the Americas"], []),
        ["Western Africa"] = (["West Africa"], ["West African"]),
        ["Eastern Africa"] = (["East Africa"], ["East African"]),
        ["Middle Africa"] = (["Central Africa"], ["Central African"]),
        ["Northern Africa"] = (["North Africa"], ["North African"]),
        ["Southern Africa"] = ([], ["Southern African"]),
        ["Eastern Asia"] = (["East Asia"], ["East Asian"]),
        ["South-Eastern Asia"] = (["Southeast Asia", "South East Asia", "South-East Asia"], ["Southeast Asian"]),
        ["Southern Asia"] = (["South Asia"], ["South Asian"]),
        ["Western Asia"] = (["West Asia"], []),
        ["Central Asia"] = ([], ["Central Asian"]),
        ["Northern Europe"] = ([], ["Northern European"]),
        ["Western Europe"] = ([], ["Western European"]),
        ["Eastern Europe"] = ([], ["Eastern European"]),
        ["Southern Europe"] = ([], ["Southern European"]),
        ["Northern America"] = ([], []),
        ["Central America"] = ([], ["Central American"]),
        ["Caribbean"] = (["the Caribbean", "Caribbean islands"], ["Caribbean"]),
        ["Australia and New Zealand"] = (["Australasia"], ["Australasian"]),
    };

    /// <summary>Islands and island groups as the admin-1 units on them; where a unit also holds smaller islands nearby
    /// (Madura in Jawa Timur, Funen in Syddanmark, Sado in Niigata) the region holds them too.</summary>
    private static readonly MacroRegion[] _islands =
    [
        new("Java", null, null, ["Jawa"], ["Javanese"], [], ["ID-BT", "ID-JK", "ID-JB", "ID-JT", "ID-YO", "ID-JI"]),
        // Bangka-Belitung was part of South Sumatra until 2000; the Riau Islands, reaching to the Natuna Sea, are left out.
        new("Sumatra", null, null, ["Sumatera"], ["Sumatran"], [], ["ID-AC", "ID-SU", "ID-SB", "ID-RI", "ID-JA", "ID-SS", "ID-BE", "ID-LA", "ID-BB"]),
        new("Borneo", null, null, [], ["Bornean"], [], ["ID-KB", "ID-KT", "ID-KS", "ID-KI", "MY-12", "MY-13", "MY-15", "BRN"]),
        new("Sulawesi", null, null, ["Celebes"], [], [], ["ID-SA", "ID-GO", "ID-ST", "ID-SR", "ID-SN", "ID-SG"]),
        // The Philippines' island groups by Natural Earth's regions; MIMAROPA (Mindoro, Palawan), counted in the Luzon
        // group, is left out so that "Luzon" is the island and those around it.
        new("Luzon", null, null, [], [], [], ["PHL:Ilocos", "PHL:Cordillera", "PHL:Cagayan Valley", "PHL:Central Luzon",
            "PHL:National Capital Region", "PHL:CALABARZON", "PHL:Bicol"]),
        new("Visayas", null, null, ["Visayan Islands"], ["Visayan"], [], ["PHL:Visayas"]),
        new("Mindanao", null, null, [], [], [], ["PHL:Mindanao", "PHL:Davao", "PHL:SOCCSKSARGEN", "PHL:Zamboanga", "PHL:Region XIII"]),
        // Denmark's three mainland regions: Syddanmark also holds Funen, and the peninsula's German part is left out.
        new("Jutland", null, null, ["Jylland", "Jutland Peninsula"], [], [], ["DK-81", "DK-82", "DK-83"]),
        new("Honshu", null, null, [], [], [], ["JPN:Tohoku", "JPN:Kanto", "JPN:Chubu", "JPN:Kinki", "JPN:Chugoku"]),
        // Natural Earth leaves Saga and Nagasaki without a region.
        new("Kyushu", null, null, [], [], [], ["JPN:Kyushu", "JP-41", "JP-42"]),
        new("Shikoku", null, null, [], [], [], ["JPN:Shikoku"]),
    ];

    /// <summary>Regions news names that no table holds, with the countries conventionally counted in them.</summary>
    public static readonly MacroRegion[] News =
    [
        new("Middle East", 29.3, 42.5, ["Mideast", "Middle-East"], ["Middle Eastern", "Mideast"],
            ["BHR", "CYP", "EGY", "IRN", "IRQ", "ISR", "JOR", "KWT", "LBN", "OMN", "PSE", "QAT", "SAU", "SYR", "TUR", "ARE", "YEM"]),
        new("Balkans", 43.0, 21.0, ["Balkan Peninsula", "Western Balkans"], ["Balkan"],
            ["ALB", "BIH", "BGR", "HRV", "UNK", "MNE", "MKD", "SRB", "GRC", "ROU", "SVN"]),
        new("Caucasus", 42.0, 44.5, ["South Caucasus", "Transcaucasia", "Caucasus region"], ["Caucasian"], ["ARM", "AZE", "GEO"]),
        new("Sahel", 15.0, 2.0, ["Sahel region"], ["Sahelian"], ["MRT", "SEN", "GMB", "MLI", "BFA", "NER", "TCD", "SDN", "ERI"]),
        new("Horn of Africa", 8.0, 44.0, [], [], ["DJI", "ERI", "ETH", "SOM", "SOL"]),
        new("Scandinavia", 62.0, 14.0, ["Scandinavian countries", "Scandinavian Peninsula"], ["Scandinavian"], ["DNK", "NOR", "SWE"]),
        new("Nordic countries", 63.0, 16.0, ["Nordics", "Nordic region"], ["Nordic"], ["DNK", "FIN", "ISL", "NOR", "SWE", "FRO", "ALA"]),
        new("Baltic states", 57.0, 24.5, ["Baltics", "Baltic countries", "Baltic republics", "Baltic nations"], [], ["EST", "LVA", "LTU"]),
        new("Korean Peninsula", 38.0, 127.5, ["Korean peninsula"], [], ["KOR", "PRK"]),
        new("Gulf states", 24.5, 50.5, ["Gulf", "Gulf region", "Gulf countries", "Arab Gulf states", "Persian Gulf states"], [],
            ["BHR", "KWT", "OMN", "QAT", "SAU", "ARE"]),
        new("Levant", 33.5, 36.5, ["Levant region"], ["Levantine"], ["SYR", "LBN", "ISR", "PSE", "JOR"]),
        new("Maghreb", 31.0, 3.0, ["Maghrib"], ["Maghrebi"], ["MAR", "DZA", "TUN", "LBY", "MRT", "ESH"]),
        new("Indochina", 16.0, 104.0, ["Indochinese Peninsula"], [], ["KHM", "LAO", "VNM", "THA", "MMR"]),
        new("Latin America", -8.8, -67.5, [], ["Latin American"],
            ["MEX", "GTM", "BLZ", "HND", "SLV", "NIC", "CRI", "PAN", "CUB", "DOM", "HTI", "PRI", "COL", "VEN", "ECU", "PER", "BOL", "BRA",
             "PRY", "URY", "ARG", "CHL", "GUY", "SUR", "GUF"]),
        new("Sub-Saharan Africa", -2.0, 22.0, ["Subsaharan Africa", "sub-Saharan Africa"], ["Sub-Saharan African"], []),
        new("European Union", 50.1, 9.25, [], [], ["AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC",
            "HUN", "IRL", "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE"]),
        new("Kurdistan", 37.0, 43.5, ["Kurdish region", "Kurdish areas"], ["Kurdish", "Kurd"], [],
            ["IQ-AR", "IQ-SU", "IQ-DA", "TR-21", "TR-47", "TR-56", "TR-72", "TR-73", "TR-30", "TR-65", "SY-HA", "IRN:Kordestan", "IRN:Kermanshah"]),
        new("Iraqi Kurdistan", 36.4, 44.4, ["Kurdistan Region", "Kurdistan Regional Government"], [], [], ["IQ-AR", "IQ-SU", "IQ-DA"]),
        new("Darfur", 13.5, 24.0, ["Darfur region"], ["Darfuri"], [], ["SDN:Darfur"]),
        new("Siberia", 60.0, 105.0, [], ["Siberian"], [], ["RUS:Tyumen", "RUS:Omsk", "RUS:Novosibirsk", "RUS:Tomsk", "RUS:Kemerovo", "RUS:Altay",
            "RUS:Krasnoyarsk", "RUS:Irkutsk", "RUS:Buryat", "RUS:Tuva", "RUS:Khakass", "RUS:Zabaykal", "RUS:Sakha"]),
        new("Soviet Union", null, null, ["USSR", "former Soviet Union", "Union of Soviet Socialist Republics"], ["Soviet"],
            ["ARM", "AZE", "BLR", "EST", "GEO", "KAZ", "KGZ", "LVA", "LTU", "MDA", "RUS", "TJK", "TKM", "UKR", "UZB"]),
        .. _islands,
        // The six New England states; the US Pacific Northwest (British Columbia is sometimes counted in it, more often not).
        new("New England", null, null, [], [], [], ["US-ME", "US-NH", "US-VT", "US-MA", "US-RI", "US-CT"]),
        new("Pacific Northwest", null, null, [], [], [], ["US-WA", "US-OR", "US-ID"]),
    ];
}
