using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Distance;

namespace IncidentMap.Geoparsing.Places;

public static partial class Geodesy
{
    private const double _a = 6378137.0;
    private const double _f = 1 / 298.257223563;
    private const double _b = _a * (1 - _f);

    /// <summary>Geodesic distance in metres on the WGS 84 spheroid between two latitude/longitude points (Vincenty's
    /// inverse formula; nearly antipodal points, where it does not converge, fall back on the great circle).</summary>
    public static double GeodesicMetres(double lat1, double lon1, double lat2, double lon2)
    {
        if (lon1 == lon2 && lat1 == lat2) return 0;
        var l = double.DegreesToRadians(lon2 - lon1);
        var u1 = Math.Atan((1 - _f) * Math.Tan(double.DegreesToRadians(lat1)));
        var u2 = Math.Atan((1 - _f) * Math.Tan(double.DegreesToRadians(lat2)));
        double sinU1 = Math.Sin(u1), cosU1 = Math.Cos(u1), sinU2 = Math.Sin(u2), cosU2 = Math.Cos(u2);
        double lambda = l, sinSigma, cosSigma, sigma, cos2Alpha, cos2SigmaM;
        var iterations = 0;
        while (true)
        {
            double sinLambda = Math.Sin(lambda), cosLambda = Math.Cos(lambda);
            sinSigma = Math.Sqrt(Math.Pow(cosU2 * sinLambda, 2) + Math.Pow(cosU1 * sinU2 - sinU1 * cosU2 * cosLambda, 2));
            if (sinSigma == 0) return 0;
            cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosLambda;
            sigma = Math.Atan2(sinSigma, cosSigma);
            var sinAlpha = cosU1 * cosU2 * sinLambda / sinSigma;
            cos2Alpha = 1 - sinAlpha * sinAlpha;
            cos2SigmaM = cos2Alpha == 0 ? 0 : cosSigma - 2 * sinU1 * sinU2 / cos2Alpha;
            var c = _f / 16 * cos2Alpha * (4 + _f * (4 - 3 * cos2Alpha));
            var previous = lambda;
            lambda = l + (1 - c) * _f * sinAlpha * (sigma + c * sinSigma * (cos2SigmaM + c * cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)));
            if (Math.Abs(lambda - previous) < 1e-12) break;
            if (++iterations > 200) return DistanceKm(lat1, lon1, lat2, lon2) * 1000;
        }
        var uSq = cos2Alpha * (_a * _a - _b * _b) / (_b * _b);
        var bigA = 1 + uSq / 16384 * (4096 + uSq * (-768 + uSq * (320 - 175 * uSq)));
        var bigB = uSq / 1024 * (256 + uSq * (-128 + uSq * (74 - 47 * uSq)));
        var deltaSigma = bigB * sinSigma * (cos2SigmaM + bigB / 4 * (cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)
            - bigB / 6 * cos2SigmaM * (-3 + 4 * sinSigma * sinSigma) * (-3 + 4 * cos2SigmaM * cos2SigmaM)));
        return _b * bigA * (sigma - deltaSigma);
    }

    /// <summary>Geodesic length in metres of the lines of a WGS 84 geometry (polygon boundaries are not counted).</summary>
    public static double GeodesicLengthMetres(Geometry geometry)
    {
        var total = 0.0;
        for (var g = 0; g < geometry.NumGeometries; g++)
        {
            if (geometry.GetGeometryN(g) is not LineString line) continue;
            var cs = line.CoordinateSequence;
            for (var i = 1; i < cs.Count; i++) total += GeodesicMetres(cs.GetY(i - 1), cs.GetX(i - 1), cs.GetY(i), cs.GetX(i));
        }
        return total;
    }

    /// <summary>Geodesic distance in metres between two WGS 84 geometries; 0 when they touch or overlap. The closest
    /// pair of points is found in an azimuthal equidistant projection centred between the geometries (re-centred
    /// once on the pair found), then measured on the spheroid.</summary>
    public static double GeodesicMetres(Geometry a, Geometry b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.IsEmpty || b.IsEmpty) return double.PositiveInfinity;
        var centre = Midpoint(a.EnvelopeInternal.Centre, b.EnvelopeInternal.Centre);
        var (pa, pb) = ClosestPoints(a, b, centre);
        (pa, pb) = ClosestPoints(a, b, Midpoint(pa, pb));
        return GeodesicMetres(pa.Y, pa.X, pb.Y, pb.X);
    }

    private static (Coordinate A, Coordinate B) ClosestPoints(Geometry a, Geometry b, Coordinate centre)
    {
        var projection = new AzimuthalEquidistant(centre.Y, centre.X);
        var nearest = DistanceOp.NearestPoints(projection.Forward(a), projection.Forward(b));
        return (projection.Inverse(nearest[0]), projection.Inverse(nearest[1]));
    }

    private static Coordinate Midpoint(Coordinate a, Coordinate b)
    {
        var dLon = b.X - a.X;
        if (dLon > 180) dLon -= 360;
        if (dLon < -180) dLon += 360;
        return new Coordinate(a.X + dLon / 2, (a.Y + b.Y) / 2);
    }
}
