namespace IncidentMap.Server.Storage;

/// <summary>An article as submitted for ingest.</summary>
public sealed record NewArticle
{
    public required string Title { get; init; }
    public required string Text { get; init; }
    public DateTimeOffset? Published { get; init; }
    public string? Source { get; init; }
    public string? Url { get; init; }

    /// <summary>The article can be fetched again if it is lost: it comes from a feed, and the poll that read it is
    /// recorded (durably, after it) only once its items are stored. The store may then acknowledge it before it is
    /// on disk; a crash of the machine before the poll's record loses at most what the next poll reads again.</summary>
    public bool Refetchable { get; init; }
}
