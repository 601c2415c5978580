namespace IncidentMap.Server.Storage;

/// <summary>A published copy that reported an event.</summary>
public sealed record EventSource(long ArticleId, string? Outlet, string? Url, string? Title, DateTimeOffset? Published);
