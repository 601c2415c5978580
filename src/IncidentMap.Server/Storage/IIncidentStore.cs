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

    /// <summary>Stores an article with its incidents in one transaction, keyed by the SHA-256 of its text:
    /// the same text again returns the existing article and creates nothing. Returns only after commit.</summary>
    Task<AddArticleResult> AddArticleAsync(NewArticle article, GeoparseResult parse, CancellationToken cancellationToken);

    /// <summary>The article, or null.</summary>
    Task<StoredArticle?> GetArticleAsync(long id, CancellationToken cancellationToken);

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

    /// <summary>True when the store can serve reads and writes (PostGIS reachable).</summary>
    Task<bool> IsReadyAsync(CancellationToken cancellationToken);
}
