using IncidentMap.Server.Seeding;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IncidentMap.Server.Health;

/// <summary>Ready when the store is initialized and its database answers; unhealthy while PostGIS is unreachable.</summary>
public sealed class StoreHealthCheck(ServerReadiness readiness) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!readiness.IsInitialized) return HealthCheckResult.Unhealthy("The store is not initialized yet.");
        return await readiness.IsReadyAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The database is unreachable.");
    }
}
