using NetTopologySuite.Geometries;

namespace IncidentMap.Geoparsing.Sources;

/// <summary>One Natural Earth 1:50m admin-0 country: names, population, continent and UN regions.</summary>
internal sealed record NaturalEarthCountry
{
    public required string Alpha3 { get; init; }
    public required string? Alpha2 { get; init; }
    public required string Name { get; init; }
    public required IReadOnlyList<string> Names { get; init; }
    public required string? Type { get; init; }
    public required long Population { get; init; }
    public required int LabelRank { get; init; }
    public required string? Continent { get; init; }
    public required string? RegionUn { get; init; }
    public required string? Subregion { get; init; }
    public required Geometry Geometry { get; init; }

    public const string File = "naturalearth/ne_50m_admin_0_countries.geojson";

    public static List<NaturalEarthCountry> Read(GeodataDirectory geodata)
    {
        var (doc, features) = GeoJsonFeatures.Read(geodata.ReadVerified(File));
        using (doc)
        {
            return [.. features.Where(f => f.Geometry is not null && f.Str("ADM0_A3") is not null).Select(f => new NaturalEarthCountry
            {
                Alpha3 = CountryCodes.FromNaturalEarth(f.Str("ADM0_A3")!),
                Alpha2 = f.Str("ISO_A2") is { Length: 2 } a2 ? a2 : null,
                Name = f.Str("NAME")!,
                Names = [.. new[] { "NAME", "NAME_LONG", "ADMIN", "GEOUNIT", "SUBUNIT", "BRK_NAME", "FORMAL_EN", "NAME_CIAWF", "NAME_SORT", "NAME_ALT" }
                    .Select(f.Str).OfType<string>().Distinct()],
                Type = f.Str("TYPE"),
                Population = (long)(f.Num("POP_EST") ?? 0),
                LabelRank = (int)(f.Num("LABELRANK") ?? 10),
                Continent = f.Str("CONTINENT"),
                RegionUn = f.Str("REGION_UN"),
                Subregion = f.Str("SUBREGION"),
                Geometry = f.Geometry!,
            })];
        }
    }
}
