namespace IncidentMap.Server.Feeds;

/// <summary>What one GET of a feed or an article page gave: a body, a 304, or an error in words.</summary>
public sealed record FetchResult
{
    /// <summary>The final HTTP status; null when no answer came (refused, unreachable, timed out).</summary>
    public int? Status { get; init; }

    public byte[]? Body { get; init; }

    public string? ContentType { get; init; }

    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    /// <summary>How long the server asked us to wait (Retry-After), if it did.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>What went wrong, in words; null for a body or a 304.</summary>
    public string? Error { get; init; }

    public bool NotModified => Status == 304 && Error is null;
}
