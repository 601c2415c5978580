namespace IncidentMap.Server.Storage.PostGis;

/// <summary>A row of <c>feed_items</c>: an item of a feed that has been handled.</summary>
public sealed class FeedItemRow
{
    public long FeedId { get; set; }
    public required string Key { get; set; }
}
