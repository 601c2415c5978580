using IncidentMap.Geoparsing.Places;
using Npgsql;

namespace IncidentMap.Server.Tests.Api;

/// <summary>
/// A fresh PostGIS store takes tens of seconds to initialize (migrations, the world's border lines, distances of the
/// seed's places to every border). The first PostGIS test server initializes one database with the seed; every
/// other server gets a copy of it (<c>CREATE DATABASE ... TEMPLATE</c>), which takes about a second.
/// </summary>
public static class PostGisTemplate
{
    private static readonly SemaphoreSlim _gate = new(1, 1);
    private static string? _template;

    /// <summary>A new database holding an initialized, seeded store; drop it with <see cref="DropAsync"/>.</summary>
    public static async Task<string> CloneAsync(PostGisDatabase postGis, Gazetteer gazetteer, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            _template ??= await InitializeAsync(await postGis.CreateDatabaseAsync(cancellationToken), gazetteer);
            var builder = new NpgsqlConnectionStringBuilder(_template);
            var template = builder.Database;
            var name = "incidentmap_api_" + Guid.NewGuid().ToString("N")[..12];
            builder.Database = "postgres";
            await using (var connection = new NpgsqlConnection(builder.ConnectionString))
            {
                await connection.OpenAsync(cancellationToken);
                // Pooled connections of the server that initialized the template may linger; a template needs none.
                await using (var terminate = new NpgsqlCommand(
                    $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{template}' AND pid <> pg_backend_pid()", connection))
                    await terminate.ExecuteNonQueryAsync(cancellationToken);
                await using var command = new NpgsqlCommand($"CREATE DATABASE {name} TEMPLATE {template}", connection);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            builder.Database = name;
            return builder.ConnectionString;
        }
        finally
        {
            _gate.Release();
        }
    }

    public static async Task DropAsync(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var name = builder.Database;
        await using (var pooled = new NpgsqlConnection(connectionString)) NpgsqlConnection.ClearPool(pooled);
        builder.Database = "postgres";
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string> InitializeAsync(string connectionString, Gazetteer gazetteer)
    {
        await using (var server = new ServerFactory(connectionString, gazetteer))
        {
            using var client = server.CreateClient();
            for (var attempt = 0; attempt < 120; attempt++)
            {
                using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
                if (ready.IsSuccessStatusCode) break;
                await Task.Delay(TimeSpan.FromSeconds(2));
            }
        }
        NpgsqlConnection.ClearAllPools();
        return connectionString;
    }
}
