namespace IncidentMap.Server.Storage;

/// <summary>How a recorded poll changes a stored feed, the same way in both stores.</summary>
internal static class FeedPolls
{
    public static StoredFeed Apply(StoredFeed feed, FeedPollRecord poll) => feed with
    {
        Title = feed.Title ?? poll.DocumentTitle,
        LastPolledAt = poll.PolledAt,
        LastStatus = poll.Status,
        LastError = poll.Error,
        ETag = poll.Validators is { } v ? v.ETag : feed.ETag,
        LastModified = poll.Validators is { } w ? w.LastModified : feed.LastModified,
        ItemsSeen = feed.ItemsSeen + poll.NewItems,
        ArticlesCreated = feed.ArticlesCreated + poll.ArticlesCreated,
        Failures = poll.Failures,
        NextPollAt = poll.NextPollAt,
    };
}
