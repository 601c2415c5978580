using IncidentMap.Geoparsing.Parsing;
using IncidentMap.Geoparsing.Places;

namespace IncidentMap.Server.Storage;

/// <summary>
/// Where articles and their located incidents live: PostGIS when a connection string is configured,
/// else an embedded database file. Both give the same answers, geodesic distances included.
/// </summary>
public interface IIncidentStore
{
    /// <summary>Creates or migrates the schema and syncs the border lines (and stored places) from the gazetteer.
    /// Call once at start, before any other method.</summary>
    Task InitializeAsync(Gazetteer gazetteer, CancellationToken cancellationToken);

    /// <summary>Stores an article with its incidents in one transaction. A copy of an article already stored (a source
    /// with the same canonical address, the same text, or the same story lightly edited: MinHash similarity at or above
    /// <see cref="TextFingerprint.Threshold"/>) creates no article: it returns the stored one, with this copy added to
    /// its sources when it comes from another address or outlet. Returns only after commit.</summary>
    Task<AddArticleResult> AddArticleAsync(NewArticle article, GeoparseResult parse, CancellationToken cancellationToken);

    /// <summary>Stores several articles as <see cref="AddArticleAsync"/> stores one, each seeing the ones before it (a
    /// later copy of an earlier one's story is its copy), with one result per article in their order. Returns only
    /// after every one is committed; the store may commit them together.</summary>
    Task<IReadOnlyList<AddArticleResult>> AddArticlesAsync(IReadOnlyList<ParsedArticle> articles, CancellationToken cancellationToken);

    /// <summary>The article, or null.</summary>
    Task<StoredArticle?> GetArticleAsync(long id, CancellationToken cancellationToken);

    /// <summary>The article's published copies (the first one it was stored from, then every duplicate from another
    /// address or outlet), oldest first; empty for an unknown article.</summary>
    Task<IReadOnlyList<ArticleSource>> GetArticleSourcesAsync(long articleId, CancellationToken cancellationToken);

    /// <summary>Deletes the article and its incidents; false when there was no such article.</summary>
    Task<bool> DeleteArticleAsync(long id, CancellationToken cancellationToken);

    /// <summary>Incidents matching the filter, newest article first, with the total match count.</summary>
    Task<Page<StoredIncident>> QueryIncidentsAsync(IncidentFilter filter, CancellationToken cancellationToken);

    /// <summary>The read path of the incident layers and downloads: the matching incidents in layer order (newest article
    /// first, then id), after <see cref="IncidentFilter.After"/>, skipping <see cref="IncidentFilter.Offset"/>, at most
    /// <see cref="IncidentFilter.Limit"/>, each with its rendered properties, streamed as read.</summary>
    IAsyncEnumerable<RenderedIncident> ReadIncidentsAsync(IncidentFilter filter, CancellationToken cancellationToken);

    /// <summary>How many incidents match the filter (cursor, offset and limit aside).</summary>
    Task<long> CountIncidentsAsync(IncidentFilter filter, CancellationToken cancellationToken);

    /// <summary>One incident, or null.</summary>
    Task<StoredIncident?> GetIncidentAsync(long id, CancellationToken cancellationToken);

    /// <summary>The matching located incidents counted per cell of the <see cref="ClusterGrid"/> at a zoom.</summary>
    Task<IReadOnlyList<IncidentCluster>> ClusterIncidentsAsync(IncidentFilter filter, int zoom, CancellationToken cancellationToken);

    /// <summary>The matching dated incidents counted per day, oldest first.</summary>
    Task<IReadOnlyList<DayCount>> CountByDayAsync(IncidentFilter filter, CancellationToken cancellationToken);

    /// <summary>The polygons (regions, seas, airspace, countries) the matching incidents are located at,
    /// with the number of matching incidents in each; most incidents first.</summary>
    Task<Page<Area>> QueryAreasAsync(IncidentFilter filter, CancellationToken cancellationToken);

    /// <summary>One area (a stored place id such as <c>admin1:BY-HR</c>) with its total incident count, or null.</summary>
    Task<Area?> GetAreaAsync(string placeId, CancellationToken cancellationToken);

    /// <summary>Land border lines from the gazetteer, ordered by id.</summary>
    Task<Page<BorderLine>> QueryBordersAsync(BorderFilter filter, CancellationToken cancellationToken);

    /// <summary>One border line by id (<c>border:BLR-POL</c>), or null.</summary>
    Task<BorderLine?> GetBorderAsync(string id, CancellationToken cancellationToken);

    /// <summary>Incidents whose location geometry (or, by point, whose point) comes within the distance of a border line,
    /// nearest first, each with its geodesic distances from its outline and its point. Null when the border is unknown.</summary>
    Task<Page<NearBorderIncident>?> QueryNearBorderAsync(NearBorderQuery query, CancellationToken cancellationToken);

    /// <summary>What the layer's data spans now: the box of its geometries and its incidents' first and last dates.</summary>
    Task<DataExtent> GetExtentAsync(ExtentOf layer, CancellationToken cancellationToken);

    /// <summary>Follows a feed; the same address again returns the feed already followed.</summary>
    Task<AddFeedResult> AddFeedAsync(NewFeed feed, CancellationToken cancellationToken);

    /// <summary>Every followed feed, by id.</summary>
    Task<IReadOnlyList<StoredFeed>> ListFeedsAsync(CancellationToken cancellationToken);

    /// <summary>The feed, or null.</summary>
    Task<StoredFeed?> GetFeedAsync(long id, CancellationToken cancellationToken);

    /// <summary>Stops following a feed (its articles stay); false when there was no such feed.</summary>
    Task<bool> DeleteFeedAsync(long id, CancellationToken cancellationToken);

    /// <summary>Takes up to <paramref name="max"/> feeds whose poll is due at <paramref name="now"/>, earliest first,
    /// and moves their next poll to <paramref name="leaseUntil"/> so that no other poller takes them meanwhile.</summary>
    Task<IReadOnlyList<StoredFeed>> ClaimDueFeedsAsync(DateTimeOffset now, int max, DateTimeOffset leaseUntil, CancellationToken cancellationToken);

    /// <summary>Takes one feed for a poll now, due or not (see <see cref="ClaimDueFeedsAsync"/>); null when unknown.</summary>
    Task<StoredFeed?> ClaimFeedAsync(long id, DateTimeOffset leaseUntil, CancellationToken cancellationToken);

    /// <summary>The keys of the items of the feed already handled.</summary>
    Task<IReadOnlySet<string>> GetSeenItemsAsync(long feedId, CancellationToken cancellationToken);

    /// <summary>Records a poll's outcome; returns the feed as updated, or null when it was deleted meanwhile.</summary>
    Task<StoredFeed?> RecordPollAsync(long feedId, FeedPollRecord poll, CancellationToken cancellationToken);

    /// <summary>Events matching the filter (their location in the box, their date in the interval, their type or
    /// subtype listed, the country among theirs, an incident of the article among theirs), newest first.</summary>
    Task<Page<StoredEvent>> QueryEventsAsync(IncidentFilter filter, CancellationToken cancellationToken);

    /// <summary>The events with these ids that exist, in id order.</summary>
    Task<IReadOnlyList<StoredEvent>> GetEventsAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken);

    /// <summary>Groups incidents stored before events existed (or whose grouping failed) into events, up to
    /// <paramref name="max"/> at a time; returns how many it grouped (0 when none is left).</summary>
    Task<int> GroupUngroupedAsync(int max, CancellationToken cancellationToken);

    /// <summary>The event changes logged after <paramref name="afterId"/>, oldest first, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<EventChange>> ReadEventChangesAsync(long afterId, int max, CancellationToken cancellationToken);

    /// <summary>The id of the newest logged event change (0 when none).</summary>
    Task<long> LastEventChangeIdAsync(CancellationToken cancellationToken);

    /// <summary>Forgets event changes logged before the instant.</summary>
    Task PruneEventChangesAsync(DateTimeOffset before, CancellationToken cancellationToken);

    /// <summary>True when the store can serve reads and writes (PostGIS reachable).</summary>
    Task<bool> IsReadyAsync(CancellationToken cancellationToken);
}
