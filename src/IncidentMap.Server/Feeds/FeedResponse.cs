using IncidentMap.Server.Storage;

namespace IncidentMap.Server.Feeds;

/// <summary>A followed feed with its status: when it was last polled, what the server answered, what went wrong in
/// words, how many items it has delivered and articles it has created, and when it is polled next.</summary>
public sealed record FeedResponse(
    long Id,
    string Url,
    string? Title,
    int IntervalMinutes,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastPolledAt,
    int? LastStatus,
    string? LastError,
    long ItemsSeen,
    long ArticlesCreated,
    int Failures,
    DateTimeOffset NextPollAt)
{
    public static FeedResponse From(StoredFeed f) =>
        new(f.Id, f.Url, f.Title, f.IntervalMinutes, f.CreatedAt, f.LastPolledAt, f.LastStatus, f.LastError, f.ItemsSeen, f.ArticlesCreated, f.Failures, f.NextPollAt);
}

/// <summary>The answer to "poll now": the feed after the poll and what this poll did.</summary>
public sealed record FeedPollResponse(FeedResponse Feed, bool NotModified, int Items, int NewItems, int ArticlesCreated, int Duplicates, int ItemErrors, string? Error);
