using NetTopologySuite.Geometries;

namespace IncidentMap.Geoparsing.Places;

/// <summary>
/// Distances on the Earth, latitude before longitude in every signature. The great-circle functions use a sphere of
/// mean radius (within 0.5 % of the ellipsoid: enough to weigh places); the geodesic functions measure on the WGS 84
/// spheroid as PostGIS <c>geography</c> does, for distances users read (near-border answers).
/// </summary>
public static partial class Geodesy
{
    /// <summary>Mean Earth radius in metres (IUGG).</summary>
    public const double EarthRadiusMetres = 6_371_008.8;

    /// <summary>One nautical mile in metres.</summary>
    public const double NauticalMileMetres = 1852;

    /// <summary>Great-circle distance in kilometres between two latitude/longitude points.</summary>
    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        var p1 = double.DegreesToRadians(lat1);
        var p2 = double.DegreesToRadians(lat2);
        var dp = p2 - p1;
        var dl = double.DegreesToRadians(lon2 - lon1);
        var h = Math.Sin(dp / 2) * Math.Sin(dp / 2) + Math.Cos(p1) * Math.Cos(p2) * Math.Sin(dl / 2) * Math.Sin(dl / 2);
        return 2 * EarthRadiusMetres / 1000 * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    /// <summary>Great-circle distance in kilometres between two WGS 84 points (x = longitude).</summary>
    public static double DistanceKm(Point a, Point b) => DistanceKm(a.Y, a.X, b.Y, b.X);

    /// <summary>Geodesic length in kilometres of the lines (or polygon rings) of a WGS 84 geometry.</summary>
    public static double LengthKm(Geometry geometry)
    {
        var total = 0.0;
        for (var i = 0; i < geometry.NumGeometries; i++)
        {
            var part = geometry.GetGeometryN(i);
            if (part is LineString line)
            {
                total += LengthKm(line.CoordinateSequence);
            }
            else if (part is Polygon polygon)
            {
                total += LengthKm(polygon.ExteriorRing.CoordinateSequence);
                foreach (var hole in polygon.InteriorRings) total += LengthKm(hole.CoordinateSequence);
            }
        }
        return total;
    }

    private static double LengthKm(CoordinateSequence seq)
    {
        var total = 0.0;
        for (var i = 1; i < seq.Count; i++) total += DistanceKm(seq.GetY(i - 1), seq.GetX(i - 1), seq.GetY(i), seq.GetX(i));
        return total;
    }
}
