using IncidentMap.Server.Events;

namespace IncidentMap.Server.Storage.Embedded;

/// <summary>An event as the embedded store keeps it: what it says, and when it was first and last changed.</summary>
internal sealed record EventEntry(long Id, EventSummary Summary, DateTimeOffset FirstSeen, DateTimeOffset UpdatedAt);

/// <summary>What one event write did, for memory to follow after the commit.</summary>
internal sealed record EventWrite(IReadOnlyList<EventEntry> Upserted, IReadOnlyList<long> Removed, IReadOnlyDictionary<long, long> Assignments,
    IReadOnlyList<EventChange> Changes)
{
    public static readonly EventWrite None = new([], [], new Dictionary<long, long>(), []);
}
