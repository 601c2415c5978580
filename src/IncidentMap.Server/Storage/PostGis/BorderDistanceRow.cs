namespace IncidentMap.Server.Storage.PostGis;

/// <summary>
/// A row of <c>border_distances</c>: the geodesic distance from a stored place to a border line, kept for every pair
/// within <see cref="BorderDistances.MeasuredRadiusMetres"/> so near-border queries read distances instead of
/// measuring large polygons on the spheroid on every request.
/// </summary>
public sealed class BorderDistanceRow
{
    public required string BorderId { get; set; }
    public required string PlaceId { get; set; }
    public double DistanceM { get; set; }
}
