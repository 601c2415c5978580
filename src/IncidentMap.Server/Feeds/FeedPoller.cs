using IncidentMap.Server.Seeding;
using IncidentMap.Server.Storage;

namespace IncidentMap.Server.Feeds;

/// <summary>
/// Polls due feeds in the background, a few at a time. Feeds are claimed from the store (which moves their next poll
/// out by a lease), so pollers sharing one database never poll one feed twice; each poll records its own next time.
/// </summary>
public sealed class FeedPoller(
    IIncidentStore store,
    FeedPolling polling,
    FeedOptions options,
    ServerReadiness readiness,
    TimeProvider clock,
    ILogger<FeedPoller> logger) : BackgroundService
{
    private static readonly TimeSpan _idle = TimeSpan.FromSeconds(1);
    private readonly SemaphoreSlim _wake = new(0);

    /// <summary>Looks for due feeds now instead of at the next tick (a feed was just added).</summary>
    public void Wake()
    {
        if (_wake.CurrentCount == 0) _wake.Release();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.PollInBackground) return;
        var running = new List<Task>();
        Task? wake = null;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                running.RemoveAll(t => t.IsCompleted);
                var free = options.Parallelism - running.Count;
                if (free > 0 && readiness.IsInitialized)
                {
                    var claimed = await ClaimAsync(free, stoppingToken);
                    foreach (var feed in claimed) running.Add(PollAsync(feed, stoppingToken));
                    if (claimed.Count == free) continue;
                }
                wake ??= _wake.WaitAsync(_idle, stoppingToken);
                await Task.WhenAny([.. running, wake]);
                if (wake.IsCompleted) wake = null;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the polls in flight end with the token.
        }
        await Task.WhenAll(running).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private async Task<IReadOnlyList<StoredFeed>> ClaimAsync(int max, CancellationToken stoppingToken)
    {
        try
        {
            var now = clock.GetUtcNow();
            return await store.ClaimDueFeedsAsync(now, max, now + FeedSchedule.Lease, stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not take due feeds from the store; trying again shortly");
            await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
            return [];
        }
    }

    private async Task PollAsync(StoredFeed feed, CancellationToken stoppingToken)
    {
        try
        {
            await polling.PollAsync(feed, null, stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // A store failure mid-poll: the lease runs out and the feed is polled again then.
            logger.LogError(e, "Polling feed {Id} failed", feed.Id);
        }
    }
}
