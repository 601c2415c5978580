using IncidentMap.Server.Storage;

namespace IncidentMap.Server.Feeds;

/// <summary>What one poll did: the feed as recorded after it, and the counts of this poll.</summary>
/// <param name="Feed">The feed with its new status; null when it was deleted during the poll.</param>
/// <param name="NotModified">The server answered 304: nothing was parsed.</param>
/// <param name="Items">Items in the document (0 on a 304 or an error).</param>
/// <param name="NewItems">Items this feed had not delivered before.</param>
/// <param name="ArticlesCreated">New articles from them.</param>
/// <param name="Duplicates">New items that were stories already stored (their copy added as a source, or the same copy).</param>
/// <param name="ItemErrors">New items that could not be read this time (their page did not load); tried again next poll.</param>
/// <param name="Error">What went wrong with the feed itself, in words.</param>
public sealed record FeedPollReport(StoredFeed? Feed, bool NotModified, int Items, int NewItems, int ArticlesCreated, int Duplicates, int ItemErrors, string? Error);
