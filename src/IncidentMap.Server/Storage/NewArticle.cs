namespace IncidentMap.Server.Storage;

/// <summary>An article as submitted for ingest.</summary>
public sealed record NewArticle
{
    public required string Title { get; init; }
    public required string Text { get; init; }
    public DateTimeOffset? Published { get; init; }
    public string? Source { get; init; }
    public string? Url { get; init; }
}
