using IncidentMap.Geoparsing.Parsing;
using IncidentMap.Geoparsing.Places;
using Microsoft.EntityFrameworkCore;

namespace IncidentMap.Server.Storage.PostGis;

public sealed class PostGisIncidentStore(IDbContextFactory<IncidentDbContext> contexts) : IIncidentStore
{
    private readonly IDbContextFactory<IncidentDbContext> _contexts = contexts;
    internal IDbContextFactory<IncidentDbContext> Contexts => _contexts;
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
