using IncidentMap.Server.Tests;
using IncidentMap.Server.Tests.ScaleOut;
using Npgsql;

[assembly: AssemblyFixture(typeof(PostGisDatabase))]

namespace IncidentMap.Server.Tests;

/// <summary>
/// A PostgreSQL server with PostGIS for the whole test run: the one named by <c>INCIDENTMAP_TEST_PG</c>, else a throwaway
/// local cluster. Each caller gets its own freshly created database, dropped at the end of the run. Without a server,
/// tests skip with the reason, or fail when <c>CI=true</c>.
/// </summary>
public sealed class PostGisDatabase : IAsyncLifetime
{
    private readonly List<string> _databases = [];
    private readonly Lock _sync = new();
    private string? _adminConnectionString;
    private string? _unavailable;
    private PostgresCluster? _cluster;

    public async ValueTask InitializeAsync()
    {
        var configured = Environment.GetEnvironmentVariable("INCIDENTMAP_TEST_PG");
        try
        {
            _adminConnectionString = string.IsNullOrWhiteSpace(configured) ? await StartLocalClusterAsync() : configured;
            await using var connection = new NpgsqlConnection(_adminConnectionString);
            await connection.OpenAsync();
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or IOException or System.ComponentModel.Win32Exception or TimeoutException)
        {
            _unavailable = string.IsNullOrWhiteSpace(configured)
                ? $"PostgreSQL unavailable: INCIDENTMAP_TEST_PG is not set and no throwaway cluster could start ({e.Message})"
                : $"PostgreSQL unavailable: cannot connect with INCIDENTMAP_TEST_PG ({e.Message})";
        }
    }

    /// <summary>Skips the calling test (fails it under CI) when there is no PostgreSQL server.</summary>
    public void Require()
    {
        if (_unavailable is null) return;
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)) Assert.Fail(_unavailable);
        Assert.Skip(_unavailable);
    }

    /// <summary>Creates an empty, uniquely named database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(CancellationToken cancellationToken)
    {
        Require();
        var name = "incidentmap_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(_adminConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        lock (_sync) _databases.Add(name);
        // Hundreds of test databases share one server of 100 connections by default: a pool whose test is over closes
        // its idle connections within seconds instead of Npgsql's five minutes.
        return new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = name, ConnectionIdleLifetime = 5, ConnectionPruningInterval = 1 }.ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        if (_adminConnectionString is null || _unavailable is not null) return;
        NpgsqlConnection.ClearAllPools();
        await using (var connection = new NpgsqlConnection(_adminConnectionString))
        {
            await connection.OpenAsync();
            foreach (var name in _databases)
            {
                await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
                await command.ExecuteNonQueryAsync();
            }
        }
        if (_cluster is not null) await _cluster.DisposeAsync();
    }

    private async Task<string> StartLocalClusterAsync()
    {
        _cluster = await PostgresCluster.StartPrimaryAsync(CancellationToken.None);
        return _cluster.ConnectionString();
    }
}
