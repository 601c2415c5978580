using NetTopologySuite.Geometries;

namespace IncidentMap.Geoparsing.Sources;

/// <summary>One Natural Earth 1:10m land boundary line between the countries on its left and right.</summary>
internal sealed record NaturalEarthBoundaryLine(string Left, string Right, string? FeatureClass, Geometry Geometry)
{
    public const string File = "naturalearth/ne_10m_admin_0_boundary_lines_land.geojson";

    public static List<NaturalEarthBoundaryLine> Read(GeodataDirectory geodata)
    {
        var (doc, features) = GeoJsonFeatures.Read(geodata.ReadVerified(File));
        using (doc)
        {
            return [.. features
                .Where(f => f.Geometry is not null && f.Str("adm0_a3_l") is not null && f.Str("adm0_a3_r") is not null)
                .Select(f => new NaturalEarthBoundaryLine(
                    CountryCodes.FromNaturalEarth(f.Str("adm0_a3_l")!), CountryCodes.FromNaturalEarth(f.Str("adm0_a3_r")!), f.Str("featurecla"), f.Geometry!))];
        }
    }
}
