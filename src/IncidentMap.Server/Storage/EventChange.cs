namespace IncidentMap.Server.Storage;

/// <summary>An entry of the change log live clients follow: an event created or changed, or removed.</summary>
public sealed record EventChange(long Id, long EventId, bool Removed, DateTimeOffset ChangedAt);
