namespace IncidentMap.Geoparsing.Sources;

/// <summary>One Natural Earth 1:10m populated place: carries the map rank of capitals and admin centres.</summary>
internal sealed record NaturalEarthPopulatedPlace
{
    public required long? GeonameId { get; init; }
    public required string Name { get; init; }
    public required IReadOnlyList<string> Names { get; init; }
    public required string Adm0A3 { get; init; }
    public required string? FeatureClass { get; init; }
    public required int Rank { get; init; }
    public required long Population { get; init; }
    public required double Lat { get; init; }
    public required double Lon { get; init; }
    public required long NaturalEarthId { get; init; }

    public const string File = "naturalearth/ne_10m_populated_places.geojson";

    internal static readonly string[] NameFields = ["NAME", "NAMEASCII", "NAMEPAR", "NAME_EN", "NAME_DE", "NAME_ES", "NAME_FR", "NAME_PT", "NAME_RU", "NAME_ZH", "GN_ASCII", "LS_NAME", "MEGANAME"];

    public static List<NaturalEarthPopulatedPlace> Read(GeodataDirectory geodata)
    {
        var (doc, features) = GeoJsonFeatures.Read(geodata.ReadVerified(File));
        using (doc)
        {
            var result = new List<NaturalEarthPopulatedPlace>(features.Count);
            var index = 0;
            foreach (var f in features)
            {
                index++;
                var names = NameFields.Select(f.Str).OfType<string>().ToList();
                names.AddRange((f.Str("NAMEALT") ?? "").Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
                var gid = f.Num("GEONAMEID");
                // Scale rank 0 is shown at every zoom; capitals get at least 8 so they beat homonym towns.
                var rank = Math.Clamp(10 - (int)(f.Num("SCALERANK") ?? 10), 1, 10);
                if (f.Num("ADM0CAP") == 1) rank = Math.Max(rank, 8);
                result.Add(new NaturalEarthPopulatedPlace
                {
                    GeonameId = gid > 0 ? (long)gid.Value : null,
                    Name = f.Str("NAME") ?? f.Str("NAMEASCII") ?? "",
                    Names = [.. names.Distinct()],
                    Adm0A3 = CountryCodes.FromNaturalEarth(f.Str("ADM0_A3") ?? ""),
                    FeatureClass = f.Str("FEATURECLA"),
                    Rank = rank,
                    Population = (long)(f.Num("POP_MAX") ?? 0),
                    Lat = f.Num("LATITUDE") ?? 0,
                    Lon = f.Num("LONGITUDE") ?? 0,
                    NaturalEarthId = (long?)f.Num("ne_id") ?? index,
                });
            }
            return result;
        }
    }
}
