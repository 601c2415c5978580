using NetTopologySuite.Geometries;

namespace IncidentMap.Server.Basemap;

/// <summary>
/// A spherical azimuthal equidistant projection in kilometres around a centre: distances from the centre are
/// true, and within a thousand kilometres of it every distance is within a fraction of a percent, which is
/// what drawing a distance buffer around a border needs.
/// </summary>
internal sealed class AzimuthalEquidistant(double centreLon, double centreLat)
{
    /// <summary>The mean Earth radius (IUGG) in kilometres.</summary>
    public const double EarthRadiusKm = 6371.0088;

    private readonly double _lon0 = double.DegreesToRadians(centreLon);
    private readonly double _sinLat0 = Math.Sin(double.DegreesToRadians(centreLat));
    private readonly double _cosLat0 = Math.Cos(double.DegreesToRadians(centreLat));

    public Geometry Project(Geometry geometry) => Transform(geometry, Forward);

    public Geometry Unproject(Geometry geometry) => Transform(geometry, Inverse);

    private static Geometry Transform(Geometry geometry, Func<double, double, (double X, double Y)> map)
    {
        var copy = geometry.Copy();
        copy.Apply(new CoordinateMap(map));
        copy.GeometryChanged();
        return copy;
    }

    private (double X, double Y) Forward(double lonDeg, double latDeg)
    {
        var lat = double.DegreesToRadians(latDeg);
        var dLon = double.DegreesToRadians(lonDeg) - _lon0;
        var cosC = Math.Clamp((_sinLat0 * Math.Sin(lat)) + (_cosLat0 * Math.Cos(lat) * Math.Cos(dLon)), -1, 1);
        var c = Math.Acos(cosC);
        var k = c < 1e-12 ? 1 : c / Math.Sin(c);
        var x = EarthRadiusKm * k * Math.Cos(lat) * Math.Sin(dLon);
        var y = EarthRadiusKm * k * ((_cosLat0 * Math.Sin(lat)) - (_sinLat0 * Math.Cos(lat) * Math.Cos(dLon)));
        return (x, y);
    }

    private (double X, double Y) Inverse(double x, double y)
    {
        var rho = Math.Sqrt((x * x) + (y * y));
        if (rho < 1e-9) return (double.RadiansToDegrees(_lon0), double.RadiansToDegrees(Math.Asin(_sinLat0)));
        var c = rho / EarthRadiusKm;
        var lat = Math.Asin((Math.Cos(c) * _sinLat0) + (y * Math.Sin(c) * _cosLat0 / rho));
        var lon = _lon0 + Math.Atan2(x * Math.Sin(c), (rho * _cosLat0 * Math.Cos(c)) - (y * _sinLat0 * Math.Sin(c)));
        return (double.RadiansToDegrees(lon), double.RadiansToDegrees(lat));
    }

    private sealed class CoordinateMap(Func<double, double, (double X, double Y)> map) : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (var i = 0; i < seq.Count; i++)
            {
                var (x, y) = map(seq.GetX(i), seq.GetY(i));
                seq.SetX(i, x);
                seq.SetY(i, y);
            }
        }
    }
}
