using System.Globalization;

namespace IncidentMap.Server.Storage;

/// <summary>
/// Where a near-border page ended, in answer order (distance from the line, then incident id), with the number of
/// matches counted for the first page: the next page starts after it with an index range and is not counted again,
/// so the last page costs what the second does. Written in links as <c>METRES_INCIDENT_MATCHED</c>.
/// </summary>
/// <param name="Metres">The last incident's distance in metres, by the measure the query orders by, as stored.</param>
/// <param name="IncidentId">The last incident's id.</param>
/// <param name="Matched">Matches of the query when its first page was answered.</param>
public sealed record NearBorderCursor(double Metres, long IncidentId, long Matched)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Metres:R}_{IncidentId}_{Matched}");

    public static NearBorderCursor? TryParse(string text)
    {
        var parts = text.Split('_');
        return parts.Length == 3
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var metres)
            && double.IsFinite(metres) && metres >= 0
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var incident)
            && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var matched)
            ? new NearBorderCursor(metres, incident, matched)
            : null;
    }

    /// <summary>Whether an incident at this distance comes after the cursor in answer order.</summary>
    public bool IsBefore(double metres, long incidentId) =>
        metres > Metres || (metres == Metres && incidentId > IncidentId);
}
