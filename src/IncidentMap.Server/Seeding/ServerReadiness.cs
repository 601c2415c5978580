using IncidentMap.Server.Storage;

namespace IncidentMap.Server.Seeding;

/// <summary>Whether the store has been initialized (schema, borders, seed) and can be reached right now.</summary>
public sealed class ServerReadiness(IIncidentStore store)
{
    private volatile bool _initialized;

    public bool IsInitialized => _initialized;

    public void MarkInitialized() => _initialized = true;

    /// <summary>Ready for writes: initialized and the database answers.</summary>
    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken)
    {
        if (!_initialized) return false;
        try
        {
            return await store.IsReadyAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return false;
        }
    }
}
