using System.Collections.Concurrent;
using IncidentMap.Server.Seeding;
using IncidentMap.Server.Storage;
using IncidentMap.Server.Telemetry;

namespace IncidentMap.Server.Streaming;

/// <summary>
/// Fans event changes out to the live clients. Its one source is the store's change log: every write that changes
/// an event logs it in the same transaction, and the hub reads the log after the last change it sent — woken at once
/// by writes in this process, and at least every second for writes by other processes on the same database. Each
/// change is rendered once and queued to every client.
/// </summary>
public sealed class EventHub(
    IIncidentStore store,
    ServerReadiness readiness,
    StreamOptions options,
    TimeProvider clock,
    ILogger<EventHub> logger,
    IncidentMapMetrics? metrics = null) : BackgroundService
{
    private const int _batch = 500;
    private const int _maxReplay = 20_000;
    private static readonly TimeSpan _pruneEvery = TimeSpan.FromMinutes(10);

    // Changes that come in bursts (a feed's items, one after the other) go out together: fewer, larger writes to
    // every client, and an event changed twice in the window is sent once.
    private static readonly TimeSpan _gather = TimeSpan.FromMilliseconds(100);
    private readonly SemaphoreSlim _wake = new(0);
    private readonly ConcurrentDictionary<StreamClient, bool> _clients = new();
    private long _lastId;

    /// <summary>The newest change sent to clients.</summary>
    public long LastId => Interlocked.Read(ref _lastId);

    public int ClientCount => _clients.Count;

    /// <summary>Reads the change log now: an event may have changed.</summary>
    public void Wake()
    {
        if (_wake.CurrentCount == 0) _wake.Release();
    }

    /// <summary>A new client, or null when the server has as many as it takes.</summary>
    public StreamClient? Connect()
    {
        if (_clients.Count >= options.MaxClients) return null;
        var client = new StreamClient(options.QueueCapacity);
        _clients[client] = true;
        metrics?.StreamClients.Add(1);
        return client;
    }

    public void Disconnect(StreamClient client)
    {
        if (_clients.TryRemove(client, out _)) metrics?.StreamClients.Add(-1);
        client.Close();
    }

    /// <summary>The messages a client that last saw <paramref name="afterId"/> missed: each event changed since, once, as it is now.</summary>
    public async Task<IReadOnlyList<StreamMessage>> ReplayAsync(long afterId, CancellationToken cancellationToken)
    {
        var changes = new List<EventChange>();
        while (changes.Count < _maxReplay)
        {
            var page = await store.ReadEventChangesAsync(changes.Count > 0 ? changes[^1].Id : afterId, _batch, cancellationToken);
            changes.AddRange(page);
            if (page.Count < _batch) break;
        }
        return await RenderAsync(changes, cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!readiness.IsInitialized) await Task.Delay(TimeSpan.FromMilliseconds(200), stoppingToken);
            Interlocked.Exchange(ref _lastId, await store.LastEventChangeIdAsync(stoppingToken));
            var pruned = clock.GetUtcNow();
            while (!stoppingToken.IsCancellationRequested)
            {
                if (await _wake.WaitAsync(options.Poll, stoppingToken)) await Task.Delay(_gather, stoppingToken);
                try
                {
                    await PumpAsync(stoppingToken);
                    if (clock.GetUtcNow() - pruned > _pruneEvery)
                    {
                        pruned = clock.GetUtcNow();
                        await store.PruneEventChangesAsync(pruned - options.Retention, stoppingToken);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The database went away for a moment: clients keep their connection, the log waits.
                    logger.LogWarning(e, "Could not read the event change log; trying again shortly");
                    await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
        foreach (var client in _clients.Keys) Disconnect(client);
    }

    private async Task PumpAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var changes = await store.ReadEventChangesAsync(LastId, _batch, cancellationToken);
            if (changes.Count == 0) return;
            var messages = _clients.IsEmpty ? [] : await RenderAsync(changes, cancellationToken);
            foreach (var client in _clients.Keys)
            {
                foreach (var message in messages) client.Offer(message);
                if (client.Dropped && _clients.TryRemove(client, out _)) metrics?.StreamClients.Add(-1);
            }
            Interlocked.Exchange(ref _lastId, changes[^1].Id);
            if (changes.Count < _batch) return;
        }
    }

    /// <summary>One message per event changed, as it is now, under the id of its last change, in id order.</summary>
    private async Task<IReadOnlyList<StreamMessage>> RenderAsync(IReadOnlyList<EventChange> changes, CancellationToken cancellationToken)
    {
        var last = changes.GroupBy(c => c.EventId).Select(g => g.MaxBy(c => c.Id)!).OrderBy(c => c.Id).ToList();
        var events = (await store.GetEventsAsync([.. last.Where(c => !c.Removed).Select(c => c.EventId)], cancellationToken)).ToDictionary(e => e.Id);
        return [.. last.Select(c => events.TryGetValue(c.EventId, out var e) && !c.Removed
            ? StreamMessage.Changed(c.Id, e)
            : StreamMessage.Removed(c.Id, c.EventId))];
    }
}
