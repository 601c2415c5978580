namespace IncidentMap.Server.Storage.PostGis;

/// <summary>
/// A row of <c>incident_border_distances</c>: an incident's distance to a border line (its nearest place's), for pairs
/// within <see cref="BorderDistances.IncidentRadiusMetres"/>, so the common near-border query reads one index range.
/// </summary>
public sealed class IncidentBorderDistanceRow
{
    public required string BorderId { get; set; }
    public long IncidentId { get; set; }
    public double DistanceM { get; set; }

    /// <summary>From the incident's point (its marker) to the line; at least <see cref="DistanceM"/>, since the point
    /// lies in its places.</summary>
    public double PointDistanceM { get; set; }
}
