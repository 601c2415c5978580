using IncidentMap.Server.Caching;
using Microsoft.AspNetCore.OutputCaching;
using Npgsql;

namespace IncidentMap.Server.Storage.PostGis;

/// <summary>
/// Listens on the store's change channel on the primary and drops this instance's cached reads whenever any instance,
/// or the command line, writes. While the connection is down nothing is heard, so on every (re)connection the whole
/// cache is dropped once.
/// </summary>
public sealed class StoreChangeListener(PostGisConnections connections, IOutputCacheStore cache, ILogger<StoreChangeListener> logger)
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
        connection.Notification += (_, _) => _ = cache.EvictByTagAsync(LayerCache.Tag, CancellationToken.None).AsTask();
        await using (var listen = new NpgsqlCommand($"LISTEN {StoreNotifications.Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }
        await cache.EvictByTagAsync(LayerCache.Tag, stoppingToken);
        while (true) await connection.WaitAsync(stoppingToken);
    }
}
