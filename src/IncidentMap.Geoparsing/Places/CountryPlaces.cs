using IncidentMap.Geoparsing.Sources;
using NetTopologySuite.Geometries;

namespace IncidentMap.Geoparsing.Places;

/// <summary>Country entries: the 1:10m outline as the union of the country's admin-1 polygons, names from
/// Natural Earth and mledoze/countries, demonyms kept apart, GeoNames' geonameid and point (mledoze/countries' point for
/// the territories GeoNames gives none).</summary>
internal static class CountryPlaces
{
    public static List<Place> Build(
        IReadOnlyList<NaturalEarthAdmin1> admin1, IReadOnlyList<NaturalEarthCountry> ne50, IReadOnlyList<WorldCountry> world, GeoNamesReference reference,
        IProgress<string>? progress)
    {
        var land = new Dictionary<string, List<Geometry>>(StringComparer.Ordinal);
        foreach (var u in admin1)
        {
            if (!land.TryGetValue(u.Adm0A3, out var list)) land[u.Adm0A3] = list = [];
            list.Add(u.Geometry);
        }
        // Overseas departments and Svalbard are admin-1 units of their state in Natural Earth and countries in ISO 3166.
        foreach (var (code, isos) in CountryCodes.DependencyAdmin1)
        {
            var parts = admin1.Where(u => isos.Contains(u.IsoCode)).Select(u => u.Geometry).ToList();
            if (parts.Count > 0) land[code] = parts;
        }
        var neByCode = ne50.GroupBy(c => c.Alpha3).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var worldByCode = world.ToDictionary(c => c.Alpha3, StringComparer.Ordinal);
        var codes = land.Keys.Union(worldByCode.Keys).Order(StringComparer.Ordinal).ToArray();

        var done = 0;
        var places = new Place?[codes.Length];
        Parallel.For(0, codes.Length, i =>
        {
            var code = codes[i];
            var outline = land.TryGetValue(code, out var parts) ? Union(parts) : null;
            var units = admin1.Where(u => u.Adm0A3 == code).ToArray();
            places[i] = Build(code, outline, neByCode.GetValueOrDefault(code), worldByCode.GetValueOrDefault(code),
                units.FirstOrDefault()?.CountryName, WholeGeoUnit(units), reference.Country(code));
            var n = Interlocked.Increment(ref done);
            if (n % 25 == 0) progress?.Report($"countries: {n}/{codes.Length} outlines");
        });
        return [.. places.OfType<Place>()];
    }

    /// <summary>The type of a unit that neither the country table nor mledoze/countries lists.</summary>
    internal const string TerritoryType = "Territory";

    /// <summary>Short and former names English news uses that neither source lists. The news agencies' style is
    /// "Congo" for the Democratic Republic of the Congo and "Republic of Congo", "Congo Republic" or
    /// "Congo-Brazzaville" for its neighbour, so bare "Congo" is a name of both and the larger country reads first; "Zaire" is the DR Congo's
    /// name of 1971–1997, still in reports and in the name of the Ebola species.</summary>
    private static readonly Dictionary<string, string[]> _newsNames = new(StringComparer.Ordinal)
    {
        ["GBR"] = ["Britain", "Great Britain"],
        ["USA"] = ["America", "United States"],
        ["NLD"] = ["Holland"],
        ["CIV"] = ["Ivory Coast"],
        ["COD"] = ["Congo-Kinshasa", "DR Congo", "DRC", "Congo", "Zaire"],
        ["COG"] = ["Congo-Brazzaville", "Republic of Congo", "Congo Republic"],
        ["CZE"] = ["Czech Republic"],
        ["MMR"] = ["Burma"],
        ["PRK"] = ["North Korea"],
        ["KOR"] = ["South Korea"],
        ["VAT"] = ["Vatican"],
    };

    /// <summary>The geographic unit every admin-1 unit of a country belongs to, when Natural Earth names it apart
    /// from the country ("Republic of Congo"): another name of the country, not a region inside it.</summary>
    internal static string? WholeGeoUnit(IReadOnlyList<NaturalEarthAdmin1> units) =>
        units.Count > 0 && units[0].GeoUnit is { } unit && units.All(u => u.GeoUnit == unit) ? unit : null;

    private static Geometry Union(List<Geometry> parts) =>
        parts.Count == 1 ? parts[0] : Overlay.Union(parts);

    private static Place? Build(
        string code, Geometry? outline, NaturalEarthCountry? ne, WorldCountry? world, string? admin1CountryName, string? geoUnit,
        (long? Id, (double Lat, double Lon)? Point) geoNames)
    {
        var name = world?.CommonName ?? ne?.Name ?? admin1CountryName;
        if (name is null) return null;
        var names = new NameList().Add(name).AddRange(world?.Names ?? []).AddRange(ne?.Names ?? []).Add(admin1CountryName).Add(geoUnit)
            .AddRange(_newsNames.GetValueOrDefault(code, []));
        var geometry = outline ?? ne?.Geometry;
        // GeoNames' point is the one geoparsers and annotated corpora use; territories it gives none keep mledoze's.
        var point = geoNames.Point is { } reference
            ? reference
            : world is not null
            ? (Lat: world.Lat, Lon: world.Lon)
            : geometry is not null ? (Lat: geometry.InteriorPoint.Y, Lon: geometry.InteriorPoint.X) : (Lat: 0.0, Lon: 0.0);
        geometry ??= GeometryFactories.Wgs84.CreatePoint(new Coordinate(point.Lon, point.Lat));
        var shortForms = (world?.ShortForms ?? []).Append(code).Append(world?.Alpha2 ?? ne?.Alpha2).OfType<string>();
        return new Place(geometry)
        {
            Id = "country:" + code,
            Kind = PlaceKind.Country,
            Name = name,
            Names = names.ToArray(),
            Code = code,
            Alpha2 = world?.Alpha2 ?? ne?.Alpha2,
            CountryCode = code,
            // Units only Natural Earth's admin-1 file knows (the Baykonur lease, the British and US bases in Cyprus and
            // at Guantánamo, Clipperton, the Spratlys) are named places but not countries with land borders.
            Type = ne?.Type ?? (world is null ? TerritoryType : world.Independent ? "Sovereign country" : "Dependency"),
            Lat = point.Lat,
            Lon = point.Lon,
            GeonameId = geoNames.Id,
            Population = ne?.Population ?? 0,
            Rank = ne is null ? 2 : Math.Clamp(10 - ne.LabelRank, 2, 10),
            Demonyms = world?.Demonyms ?? [],
            Neighbours = world?.Borders ?? [],
            Abbreviations = [.. shortForms.SelectMany(Abbreviation.Variants).Distinct()],
        };
    }
}
