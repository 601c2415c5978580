namespace IncidentMap.Server.Storage;

/// <summary>An article as stored.</summary>
public sealed record StoredArticle
{
    public required long Id { get; init; }
    public required string Title { get; init; }
    public required string Text { get; init; }
    public DateTimeOffset? Published { get; init; }
    public string? Source { get; init; }
    public string? Url { get; init; }

    /// <summary>Lower-case hex SHA-256 of the UTF-8 text: the idempotency key.</summary>
    public required string ContentHash { get; init; }

    public required DateTimeOffset IngestedAt { get; init; }
}
