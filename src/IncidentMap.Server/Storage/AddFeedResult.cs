namespace IncidentMap.Server.Storage;

/// <summary>The feed as stored, and whether it was new (false when its address was followed already).</summary>
public sealed record AddFeedResult(StoredFeed Feed, bool Created);
