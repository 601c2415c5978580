using NetTopologySuite.Geometries;

namespace IncidentMap.Server.Storage;

/// <summary>
/// A longitude/latitude box as OGC API – Features defines it: when <see cref="MinLon"/> is greater than
/// <see cref="MaxLon"/> the box crosses the antimeridian and covers two ranges of longitude.
/// </summary>
public sealed record GeoBox(double MinLon, double MinLat, double MaxLon, double MaxLat)
{
    public bool CrossesAntimeridian => MinLon > MaxLon;

    /// <summary>The one or two boxes that do not cross the antimeridian, edges included.</summary>
    public IReadOnlyList<Envelope> Parts => CrossesAntimeridian
        ? [new Envelope(MinLon, 180, MinLat, MaxLat), new Envelope(-180, MaxLon, MinLat, MaxLat)]
        : [new Envelope(MinLon, MaxLon, MinLat, MaxLat)];

    public bool Covers(double lon, double lat) =>
        lat >= MinLat && lat <= MaxLat && (CrossesAntimeridian ? lon >= MinLon || lon <= MaxLon : lon >= MinLon && lon <= MaxLon);

    public static implicit operator GeoBox(Envelope envelope) => new(envelope.MinX, envelope.MinY, envelope.MaxX, envelope.MaxY);
}
