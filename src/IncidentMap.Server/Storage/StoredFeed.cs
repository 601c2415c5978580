namespace IncidentMap.Server.Storage;

/// <summary>A followed feed with what its last poll found.</summary>
public sealed record StoredFeed
{
    public required long Id { get; init; }
    public required string Url { get; init; }
    public string? Title { get; init; }
    public required int IntervalMinutes { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The validators of the last document, sent back as If-None-Match and If-Modified-Since.</summary>
    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    public DateTimeOffset? LastPolledAt { get; init; }

    /// <summary>The HTTP status of the last poll; null when no answer came (refused, unreachable, timed out).</summary>
    public int? LastStatus { get; init; }

    /// <summary>What went wrong in the last poll, in words; null when it went well.</summary>
    public string? LastError { get; init; }

    /// <summary>Distinct items the feed has delivered since it was added.</summary>
    public long ItemsSeen { get; init; }

    /// <summary>Articles this feed's items created (items that were duplicates of stored articles are not counted).</summary>
    public long ArticlesCreated { get; init; }

    /// <summary>Failed polls in a row; the poller backs off with it.</summary>
    public int Failures { get; init; }

    public required DateTimeOffset NextPollAt { get; init; }
}
