using IncidentMap.Server.Storage;

namespace IncidentMap.Server.Seeding;

/// <summary>Whether the store has been initialized (schema, borders, seed) and can be reached right now.</summary>
public sealed class ServerReadiness(IIncidentStore store, TimeProvider clock)
{
    // A write checks readiness; one database round trip per second is enough to notice an outage.
    private static readonly TimeSpan _recheckAfter = TimeSpan.FromSeconds(1);
    private volatile bool _initialized;
    private long _readyUntil;

    public bool IsInitialized => _initialized;

    public void MarkInitialized() => _initialized = true;

    /// <summary>Ready for writes: initialized and the database answers.</summary>
    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken)
    {
        if (!_initialized) return false;
        var now = clock.GetTimestamp();
        if (now < Interlocked.Read(ref _readyUntil)) return true;
        bool ready;
        try
        {
            ready = await store.IsReadyAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            ready = false;
        }
        Interlocked.Exchange(ref _readyUntil, ready ? now + (long)(_recheckAfter.TotalSeconds * clock.TimestampFrequency) : 0);
        return ready;
    }
}
