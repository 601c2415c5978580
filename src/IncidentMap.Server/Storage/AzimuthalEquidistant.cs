using NetTopologySuite.Geometries;

namespace IncidentMap.Server.Storage;

/// <summary>
/// A spherical azimuthal equidistant projection around a centre: distances and directions from the centre are true,
/// so nearest points between two geometries near the centre are found as on the globe.
/// </summary>
internal sealed class AzimuthalEquidistant(Coordinate centre)
{
    private const double _radius = 6371008.8;
    private readonly double _lon0 = Geodesy.ToRadians(centre.X);
    private readonly double _sinLat0 = Math.Sin(Geodesy.ToRadians(centre.Y));
    private readonly double _cosLat0 = Math.Cos(Geodesy.ToRadians(centre.Y));

    public Geometry Forward(Geometry geometry)
    {
        var copy = geometry.Copy();
        copy.Apply(new ForwardFilter(this));
        copy.GeometryChanged();
        return copy;
    }

    public Coordinate Forward(double lon, double lat)
    {
        var phi = Geodesy.ToRadians(lat);
        var dLambda = Geodesy.ToRadians(lon) - _lon0;
        double sinPhi = Math.Sin(phi), cosPhi = Math.Cos(phi), cosDl = Math.Cos(dLambda);
        var cosC = Math.Clamp(_sinLat0 * sinPhi + _cosLat0 * cosPhi * cosDl, -1, 1);
        var c = Math.Acos(cosC);
        var k = c < 1e-12 ? 1 : c / Math.Sin(c);
        return new Coordinate(
            _radius * k * cosPhi * Math.Sin(dLambda),
            _radius * k * (_cosLat0 * sinPhi - _sinLat0 * cosPhi * cosDl));
    }

    public Coordinate Inverse(Coordinate xy)
    {
        var rho = Math.Sqrt(xy.X * xy.X + xy.Y * xy.Y);
        if (rho < 1e-9) return new Coordinate(_lon0 * 180 / Math.PI, Math.Asin(_sinLat0) * 180 / Math.PI);
        var c = rho / _radius;
        double sinC = Math.Sin(c), cosC = Math.Cos(c);
        var phi = Math.Asin(Math.Clamp(cosC * _sinLat0 + xy.Y * sinC * _cosLat0 / rho, -1, 1));
        var lambda = _lon0 + Math.Atan2(xy.X * sinC, rho * _cosLat0 * cosC - xy.Y * _sinLat0 * sinC);
        return new Coordinate(lambda * 180 / Math.PI, phi * 180 / Math.PI);
    }

    private sealed class ForwardFilter(AzimuthalEquidistant projection) : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;
        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (var i = 0; i < seq.Count; i++)
            {
                var p = projection.Forward(seq.GetX(i), seq.GetY(i));
                seq.SetX(i, p.X);
                seq.SetY(i, p.Y);
            }
        }
    }
}
