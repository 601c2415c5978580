using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using IncidentMap.Server.Tests;
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
    private string? _clusterDirectory;

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
        return new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = name }.ConnectionString;
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
        if (_clusterDirectory is not null)
        {
            await RunAsync(Tool("pg_ctl"), "-D", _clusterDirectory, "-m", "immediate", "stop");
            Directory.Delete(_clusterDirectory, recursive: true);
        }
    }

    private async Task<string> StartLocalClusterAsync()
    {
        var directory = Directory.CreateTempSubdirectory("incidentmap-test-pg-").FullName;
        _clusterDirectory = directory;
        if (Environment.UserName == "root") await RunAsync("chown", "postgres", directory);
        await RunAsync(Tool("initdb"), "-D", directory, "-A", "trust", "-U", "postgres");
        var port = FreePort();
        await RunAsync(Tool("pg_ctl"), "-D", directory, "-w", "-l", Path.Combine(directory, "log"),
            "-o", $"-p {port} -k {directory} -c listen_addresses=127.0.0.1 -c fsync=off", "start");
        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres";
    }

    private static string Tool(string name) =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Order().Select(d => Path.Combine(d, "bin", name)).LastOrDefault(File.Exists) ?? name
            : name;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Runs a PostgreSQL tool, as the postgres user when we are root (initdb refuses root).</summary>
    private static async Task RunAsync(string file, params string[] args)
    {
        var asPostgres = Environment.UserName == "root" && file != "chown";
        var start = new ProcessStartInfo(asPostgres ? "runuser" : file) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (asPostgres) foreach (var a in new[] { "-u", "postgres", "--", file }) start.ArgumentList.Add(a);
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new IOException($"Cannot start {file}");
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new IOException($"{Path.GetFileName(file)} exited with {process.ExitCode}: {(await stderr).Trim()}");
    }
}
