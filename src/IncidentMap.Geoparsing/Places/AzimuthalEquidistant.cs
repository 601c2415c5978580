using NetTopologySuite.Geometries;

namespace IncidentMap.Geoparsing.Places;

/// <summary>
/// A spherical azimuthal equidistant projection centred on one point, in metres. Within a few hundred kilometres
/// of the centre it distorts lengths by well under 1 %, so a buffer in metres there is a geodesic buffer, and
/// distances and directions from the centre are true, so nearest points near it are found as on the globe.
/// </summary>
/// <param name="centreLat">Latitude of the centre, degrees.</param>
/// <param name="centreLon">Longitude of the centre, degrees.</param>
public sealed class AzimuthalEquidistant(double centreLat, double centreLon)
{
    private readonly double _phi0 = double.DegreesToRadians(centreLat);
    private readonly double _lambda0 = double.DegreesToRadians(centreLon);
    internal const double R = Geodesy.EarthRadiusMetres;

    /// <summary>A copy of a longitude/latitude geometry in projected metres.</summary>
    public Geometry Forward(Geometry g) => Transform(g, Forward);

    /// <summary>A copy of a projected geometry back in longitude and latitude.</summary>
    public Geometry Inverse(Geometry g) => Transform(g, Inverse);

    /// <summary>A projected point back in longitude (X) and latitude (Y).</summary>
    public Coordinate Inverse(Coordinate xy)
    {
        var (lon, lat) = Inverse(xy.X, xy.Y);
        return new Coordinate(lon, lat);
    }

    private (double X, double Y) Forward(double lon, double lat)
    {
        var phi = double.DegreesToRadians(lat);
        var dl = double.DegreesToRadians(lon) - _lambda0;
        var cosC = Math.Sin(_phi0) * Math.Sin(phi) + Math.Cos(_phi0) * Math.Cos(phi) * Math.Cos(dl);
        var c = Math.Acos(Math.Clamp(cosC, -1, 1));
        var k = c < 1e-12 ? 1 : c / Math.Sin(c);
        return (R * k * Math.Cos(phi) * Math.Sin(dl), R * k * (Math.Cos(_phi0) * Math.Sin(phi) - Math.Sin(_phi0) * Math.Cos(phi) * Math.Cos(dl)));
    }

    private (double X, double Y) Inverse(double x, double y)
    {
        var rho = Math.Sqrt(x * x + y * y);
        if (rho < 1e-9) return (double.RadiansToDegrees(_lambda0), double.RadiansToDegrees(_phi0));
        var c = rho / R;
        var phi = Math.Asin(Math.Clamp(Math.Cos(c) * Math.Sin(_phi0) + y * Math.Sin(c) * Math.Cos(_phi0) / rho, -1, 1));
        var lambda = _lambda0 + Math.Atan2(x * Math.Sin(c), rho * Math.Cos(_phi0) * Math.Cos(c) - y * Math.Sin(_phi0) * Math.Sin(c));
        return (double.RadiansToDegrees(lambda), double.RadiansToDegrees(phi));
    }

    private static Geometry Transform(Geometry g, Func<double, double, (double, double)> f)
    {
        var copy = g.Copy();
        copy.Apply(new CoordinateTransform(f));
        copy.GeometryChanged();
        return copy;
    }

    private sealed class CoordinateTransform(Func<double, double, (double, double)> f) : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (var i = 0; i < seq.Count; i++)
            {
                var (x, y) = f(seq.GetX(i), seq.GetY(i));
                seq.SetX(i, x);
                seq.SetY(i, y);
            }
        }
    }
}
