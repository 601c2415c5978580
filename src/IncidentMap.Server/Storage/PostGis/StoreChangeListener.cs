using IncidentMap.Server.Caching;
using IncidentMap.Server.Streaming;
using Microsoft.AspNetCore.OutputCaching;
using Npgsql;

namespace IncidentMap.Server.Storage.PostGis;

/// <summary>
/// Listens on the store's change channel on the primary and drops this instance's cached reads whenever any instance,
/// or the command line, writes. While the connection is down nothing is heard, so on every (re)connection the whole
/// cache is dropped once.
/// </summary>
public sealed class StoreChangeListener(PostGisConnections connections, IOutputCacheStore cache, EventHub hub, ILogger<StoreChangeListener> logger)
    : BackgroundService
{
    private static readonly TimeSpan _retryDelay = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken);
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException && !stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("Store change channel lost ({Message}); listening again in {Delay} s", e.Message, _retryDelay.TotalSeconds);
                await Task.Delay(_retryDelay, stoppingToken);
            }
        }
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        await using var connection = await connections.OpenListenerAsync(stoppingToken);
        connection.Notification += (_, _) =>
        {
            _ = cache.EvictByTagAsync(LayerCache.Tag, CancellationToken.None).AsTask();
            // A write elsewhere may have changed events: this instance's live clients hear of it now, not at the next poll.
            hub.Wake();
        };
        await using (var listen = new NpgsqlCommand($"LISTEN {StoreNotifications.Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }
        await cache.EvictByTagAsync(LayerCache.Tag, stoppingToken);
        while (true) await connection.WaitAsync(stoppingToken);
    }
}
