namespace IncidentMap.Server.Storage.PostGis;

/// <summary>A row of <c>incident_places</c>: one place an incident is located at, with its mention.</summary>
public sealed class IncidentPlaceRow
{
    public long IncidentId { get; set; }
    public int Ordinal { get; set; }
    public required string PlaceId { get; set; }
    public PlaceRow? Place { get; set; }
    public required string Mention { get; set; }
    public int MentionStart { get; set; }
    public int MentionEnd { get; set; }
}
