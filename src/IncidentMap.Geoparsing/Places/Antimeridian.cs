using NetTopologySuite.Geometries;

namespace IncidentMap.Geoparsing.Places;

/// <summary>
/// Representative points of areas that reach across the antimeridian. The sources cut such areas at ±180°
/// (the Pacific, the Bering Sea, Russia's Chukotka), so a centroid or interior point taken in plain longitudes lands
/// between the halves, near longitude 0, or in the wider half only. Here the area is first made contiguous.
/// </summary>
internal static class Antimeridian
{
    /// <summary>The centroid if it lies in the area, else an interior point, taken on the contiguous area.</summary>
    public static (double Lat, double Lon) CentroidOrInteriorPoint(Geometry area)
    {
        var contiguous = Contiguous(area);
        var centroid = contiguous.Centroid;
        var point = !centroid.IsEmpty && contiguous.Contains(centroid) ? centroid : contiguous.InteriorPoint;
        return (point.Y, Wrap(point.X));
    }

    /// <summary>An interior point taken on the contiguous area.</summary>
    public static (double Lat, double Lon) InteriorPoint(Geometry area)
    {
        var point = Contiguous(area).InteriorPoint;
        return (point.Y, Wrap(point.X));
    }

    /// <summary>
    /// The area with the polygons west of its widest longitude gap moved 360° east, so that the gap becomes the area's
    /// edge: unchanged when the widest gap already spans the antimeridian, or when a polygon circles the globe.
    /// </summary>
    internal static Geometry Contiguous(Geometry area)
    {
        var polygons = Polygons(area);
        if (polygons.Count < 2) return area;
        var spans = polygons.Select(p => (p.EnvelopeInternal.MinX, p.EnvelopeInternal.MaxX)).OrderBy(s => s.MinX).ToList();
        if (spans.Any(s => s.MaxX - s.MinX > 359)) return area;

        // The widest longitude gap between the polygons is where the area should be cut: at ±180° already unless
        // a wider gap lies elsewhere.
        var (cut, widest) = (double.NaN, spans[0].MinX + 360 - spans.Max(s => s.MaxX));
        var reach = spans[0].MaxX;
        foreach (var (minX, maxX) in spans.Skip(1))
        {
            if (minX - reach > widest) (cut, widest) = (reach, minX - reach);
            reach = Math.Max(reach, maxX);
        }
        if (double.IsNaN(cut)) return area;
        var moved = polygons.Select(p => Shift(p, p.EnvelopeInternal.MaxX <= cut ? 360 : 0)).ToList();
        return Overlay.Union(moved);
    }

    /// <summary>A longitude back in [-180, 180].</summary>
    public static double Wrap(double lon) => lon > 180 ? lon - 360 : lon;

    private static List<Polygon> Polygons(Geometry g)
    {
        var list = new List<Polygon>();
        for (var i = 0; i < g.NumGeometries; i++)
        {
            if (g.GetGeometryN(i) is Polygon p) list.Add(p);
        }
        return list;
    }

    /// <summary>The polygon moved east by <paramref name="degrees"/>, with vertices within 0.001° of ±180° put on it:
    /// Natural Earth leaves a few metres between the halves of an area it cuts there, which would keep them apart.</summary>
    private static Polygon Shift(Polygon p, double degrees)
    {
        var copy = (Polygon)p.Copy();
        copy.Apply(new ShiftFilter(degrees));
        copy.GeometryChanged();
        return copy;
    }

    private sealed class ShiftFilter(double degrees) : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (var i = 0; i < seq.Count; i++)
            {
                var x = seq.GetX(i);
                seq.SetX(i, (Math.Abs(x) > 179.999 ? Math.CopySign(180, x) : x) + degrees);
            }
        }
    }
}
