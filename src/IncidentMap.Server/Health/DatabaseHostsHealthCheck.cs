using IncidentMap.Server.Storage.PostGis;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace IncidentMap.Server.Health;

/// <summary>
/// Each database host the connection strings name, as primary, standby or unreachable. Ready needs a primary; a
/// standby that does not answer only degrades the instance, since reads then fall back on the primary.
/// </summary>
public sealed class DatabaseHostsHealthCheck(PostGisConnections connections) : IHealthCheck
{
    private static readonly TimeSpan _probeTimeout = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var hosts = connections.Hosts();
        var roles = await Task.WhenAll(hosts.Select(h => ProbeAsync(h, cancellationToken)));
        var data = new Dictionary<string, object>(StringComparer.Ordinal);
        for (var i = 0; i < hosts.Count; i++) data[hosts[i].Name] = roles[i];
        if (!roles.Contains("primary")) return HealthCheckResult.Unhealthy("No primary database host answers.", data: data);
        return roles.Contains("unreachable")
            ? HealthCheckResult.Degraded("A database host does not answer.", data: data)
            : HealthCheckResult.Healthy(data: data);
    }

    private static async Task<string> ProbeAsync(DatabaseHost host, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_probeTimeout);
        try
        {
            await using var connection = new NpgsqlConnection(host.ConnectionString);
            await connection.OpenAsync(timeout.Token);
            await using var command = new NpgsqlCommand("SELECT pg_is_in_recovery()", connection);
            return (bool)(await command.ExecuteScalarAsync(timeout.Token))! ? "standby" : "primary";
        }
        catch (Exception e) when (e is NpgsqlException or OperationCanceledException or TimeoutException or System.Net.Sockets.SocketException)
        {
            return "unreachable";
        }
    }
}
