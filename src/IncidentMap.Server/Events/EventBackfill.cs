using IncidentMap.Server.Caching;
using IncidentMap.Server.Seeding;
using IncidentMap.Server.Storage;
using Microsoft.AspNetCore.OutputCaching;

namespace IncidentMap.Server.Events;

/// <summary>
/// Groups incidents stored before events existed, a batch at a time in the background once the store is ready, so a
/// large store upgrades without holding up the start; new articles are grouped as they are ingested.
/// </summary>
public sealed class EventBackfill(IIncidentStore store, ServerReadiness readiness, IOutputCacheStore cache, Streaming.EventHub hub, ILogger<EventBackfill> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!readiness.IsInitialized) await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            var total = 0;
            int grouped;
            while ((grouped = await store.GroupUngroupedAsync(500, stoppingToken)) > 0)
            {
                total += grouped;
                await cache.EvictByTagAsync(LayerCache.Tag, stoppingToken);
                hub.Wake();
            }
            if (total > 0) logger.LogInformation("Grouped {Count} earlier incidents into events", total);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping; the rest is grouped at the next start.
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Grouping earlier incidents into events stopped; it resumes at the next start");
        }
    }
}
