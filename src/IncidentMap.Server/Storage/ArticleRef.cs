namespace IncidentMap.Server.Storage;

/// <summary>The source article of an incident, without its text.</summary>
public sealed record ArticleRef(long Id, string Title, string? Source, string? Url, DateTimeOffset? Published);
