using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;

namespace IncidentMap.Geoparsing.Places;

/// <summary>Overlay operations that survive the odd invalid source polygon: on a topology error the inputs are
/// repaired and the operation retried once.</summary>
internal static class Overlay
{
    public static Geometry Intersection(Geometry a, Geometry b) => Run(a, b, SpatialFunction.Intersection);

    public static Geometry Difference(Geometry a, Geometry b) => Run(a, b, SpatialFunction.Difference);

    public static Geometry Union(IEnumerable<Geometry> parts)
    {
        parts = [.. parts.Select(Polygonal)];
        var collection = GeometryFactories.Wgs84.BuildGeometry(parts);
        try
        {
            return Polygonal(OverlayNGRobust.Union(collection));
        }
        catch (TopologyException)
        {
            return Polygonal(OverlayNGRobust.Union(GeometryFactories.Wgs84.BuildGeometry(parts.Select(Valid))));
        }
    }

    public static Geometry Valid(Geometry g) => g.IsValid ? g : Polygonal(GeometryFixer.Fix(g));

    /// <summary>The polygons of a result: overlays of areas may add stray lines and points where edges touch.</summary>
    public static Geometry Polygonal(Geometry g)
    {
        if (g is Polygon or MultiPolygon || g.Dimension != Dimension.Surface && g is not GeometryCollection) return g;
        var polygons = new List<Polygon>();
        for (var i = 0; i < g.NumGeometries; i++)
        {
            var part = g.GetGeometryN(i);
            if (part is Polygon p) polygons.Add(p);
            else if (part is MultiPolygon mp) polygons.AddRange(mp.Geometries.Cast<Polygon>());
        }
        return polygons.Count == 1 ? polygons[0] : GeometryFactories.Wgs84.CreateMultiPolygon([.. polygons]);
    }

    private static Geometry Run(Geometry a, Geometry b, SpatialFunction op)
    {
        try
        {
            return Polygonal(OverlayNGRobust.Overlay(a, b, op));
        }
        catch (TopologyException)
        {
            return Polygonal(OverlayNGRobust.Overlay(Valid(a), Valid(b), op));
        }
    }
}
