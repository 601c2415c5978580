using IncidentMap.Geoparsing.Parsing;
using IncidentMap.Geoparsing.Places;

namespace IncidentMap.Server.Storage.Embedded;

public sealed class EmbeddedIncidentStore(string dataDirectory) : IIncidentStore
{
    internal string DataDirectory { get; } = dataDirectory;
    public Task InitializeAsync(Gazetteer gazetteer, CancellationToken cancellationToken) => throw new NotSupportedException();
    public Task<AddArticleResult> AddArticleAsync(NewArticle article, GeoparseResult parse, CancellationToken cancellationToken) => throw new NotSupportedException();
    public Task<StoredArticle?> GetArticleAsync(long id, CancellationToken cancellationToken) => throw new NotSupportedException();
    public Task<bool> DeleteArticleAsync(long id, CancellationToken cancellationToken) => throw new NotSupportedException();
    public Task<Page<StoredIncident>> QueryIncidentsAsync(IncidentFilter filter, CancellationToken cancellationToken) => throw new NotSupportedException();
    public Task<StoredIncident?> GetIncidentAsync(long id, CancellationToken cancellationToken) => throw new NotSupportedException();
    public Task<Page<Area>> QueryAreasAsync(IncidentFilter filter, CancellationToken cancellationToken) => throw new NotSupportedException();
    public Task<Area?> GetAreaAsync(string placeId, CancellationToken cancellationToken) => throw new NotSupportedException();
    public Task<Page<BorderLine>> QueryBordersAsync(BorderFilter filter, CancellationToken cancellationToken) => throw new NotSupportedException();
    public Task<BorderLine?> GetBorderAsync(string id, CancellationToken cancellationToken) => throw new NotSupportedException();
    public Task<Page<NearBorderIncident>?> QueryNearBorderAsync(NearBorderQuery query, CancellationToken cancellationToken) => throw new NotSupportedException();
    public Task<bool> IsReadyAsync(CancellationToken cancellationToken) => throw new NotSupportedException();
}
