using NetTopologySuite.Geometries;

namespace IncidentMap.Geoparsing.Sources;

/// <summary>One Natural Earth 1:10m marine polygon (sea, gulf, bay, strait...).</summary>
internal sealed record NaturalEarthMarineArea(string? Name, string? AlternateName, string? FeatureClass, int ScaleRank, Geometry Geometry)
{
    public const string File = "naturalearth/ne_10m_geography_marine_polys.geojson";

    public static List<NaturalEarthMarineArea> Read(GeodataDirectory geodata)
    {
        var (doc, features) = GeoJsonFeatures.Read(geodata.ReadVerified(File));
        using (doc)
        {
            return [.. features.Where(f => f.Geometry is not null)
                .Select(f => new NaturalEarthMarineArea(f.Str("name"), f.Str("namealt"), f.Str("featurecla"), (int)(f.Num("scalerank") ?? 10), f.Geometry!))];
        }
    }
}
