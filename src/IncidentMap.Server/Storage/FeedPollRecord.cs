namespace IncidentMap.Server.Storage;

/// <summary>What one poll of a feed found, as the store records it.</summary>
public sealed record FeedPollRecord
{
    public required DateTimeOffset PolledAt { get; init; }
    public int? Status { get; init; }
    public string? Error { get; init; }

    /// <summary>The new document's validators; null keeps the stored ones (a 304 or a failed poll).</summary>
    public (string? ETag, string? LastModified)? Validators { get; init; }

    /// <summary>The document's own title; it names a feed added without one.</summary>
    public string? DocumentTitle { get; init; }

    public long NewItems { get; init; }
    public long ArticlesCreated { get; init; }
    public required int Failures { get; init; }
    public required DateTimeOffset NextPollAt { get; init; }

    /// <summary>The keys of the items of the current document that are handled; it replaces the stored set, so
    /// items that dropped out of the feed are forgotten and items that failed are tried again. Null keeps it.</summary>
    public IReadOnlyCollection<string>? SeenItems { get; init; }
}
