using NetTopologySuite.Geometries;
using NetTopologySuite.Simplify;

namespace IncidentMap.Server.Layers;

/// <summary>Outlines for display: full-detail 1:10m polygons run to megabytes, which a map at country zoom cannot show.</summary>
public static class Outline
{
    /// <summary>The geometry simplified to <paramref name="tolerance"/> degrees (Douglas–Peucker, polygons kept valid)
    /// with its coordinates rounded to a tenth of the tolerance (so JSON carries 4 decimals for 0.005°, not 15), or the
    /// geometry itself when no tolerance is given.</summary>
    public static Geometry Simplified(Geometry geometry, double? tolerance)
    {
        if (tolerance is not { } t || geometry is Point) return geometry;
        var simplified = DouglasPeuckerSimplifier.Simplify(geometry, t);
        // Rounding works in place: never on the stored geometry itself.
        if (ReferenceEquals(simplified, geometry)) simplified = geometry.Copy();
        var scale = Math.Pow(10, Math.Ceiling(-Math.Log10(t)) + 1);
        simplified.Apply(new Rounding(scale));
        simplified.GeometryChanged();
        return simplified;
    }

    private sealed class Rounding(double scale) : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (var i = 0; i < seq.Count; i++)
            {
                seq.SetX(i, Math.Round(seq.GetX(i) * scale) / scale);
                seq.SetY(i, Math.Round(seq.GetY(i) * scale) / scale);
            }
        }
    }
}
