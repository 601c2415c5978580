namespace IncidentMap.Server.Storage.PostGis;

/// <summary>A row of <c>event_changes</c>: the log live clients replay from (an event created or changed, or removed).</summary>
public sealed class EventChangeRow
{
    public long Id { get; set; }
    public long EventId { get; set; }
    public bool Removed { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
}
