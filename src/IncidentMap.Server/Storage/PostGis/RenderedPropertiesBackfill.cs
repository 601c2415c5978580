using IncidentMap.Server.Layers;
using Microsoft.EntityFrameworkCore;

namespace IncidentMap.Server.Storage.PostGis;

/// <summary>Renders the properties of incidents stored before they were rendered at ingest (older databases, bulk
/// loads), in batches, with the same renderer as ingest.</summary>
internal static class RenderedPropertiesBackfill
{
    private const int _batch = 5000;

    public static async Task<int> RunAsync(IncidentDbContext db, CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            var ids = await db.Incidents.Where(i => i.RenderedProperties == null).OrderBy(i => i.Id).Select(i => i.Id).Take(_batch).ToArrayAsync(cancellationToken);
            if (ids.Length == 0) return total;
            var incidents = await PostGisIncidentStore.Project(db.Incidents.Where(i => ids.Contains(i.Id))).ToListAsync(cancellationToken);
            var rendered = incidents.Select(IncidentProperties.Render).ToArray();
            var renderedIds = incidents.Select(i => i.Id).ToArray();
            await db.Database.ExecuteSqlAsync(
                $"UPDATE incidents i SET rendered_properties = x.r FROM unnest({renderedIds}, {rendered}) AS x(id, r) WHERE i.id = x.id",
                cancellationToken);
            total += ids.Length;
        }
    }
}
