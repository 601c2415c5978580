using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace IncidentMap.Server.Tests.ScaleOut;

/// <summary>
/// A PostgreSQL cluster of the tests' own on 127.0.0.1: created with initdb, started and stopped at will, and able to
/// give a streaming standby of itself (pg_basebackup -R). As root the tools run as the postgres user.
/// </summary>
public sealed class PostgresCluster : IAsyncDisposable
{
    private PostgresCluster(string dataDirectory, int port)
    {
        DataDirectory = dataDirectory;
        Port = port;
    }

    public string DataDirectory { get; }

    public int Port { get; }

    public bool IsRunning { get; private set; }

    /// <summary>Whether the PostgreSQL server binaries are installed here.</summary>
    public static bool IsAvailable => File.Exists(Tool("initdb"));

    public string ConnectionString(string database = "postgres") =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database}";

    /// <summary>A new primary, started, ready to stream its WAL to standbys.</summary>
    public static async Task<PostgresCluster> StartPrimaryAsync(CancellationToken cancellationToken)
    {
        var cluster = new PostgresCluster(await NewDirectoryAsync("incidentmap-primary-"), FreePort());
        await RunAsync(cancellationToken, Tool("initdb"), "-D", cluster.DataDirectory, "-A", "trust", "-U", "postgres");
        await File.AppendAllTextAsync(Path.Combine(cluster.DataDirectory, "postgresql.conf"),
            "\nwal_level = replica\nmax_wal_senders = 10\nhot_standby = on\nfsync = off\n", cancellationToken);
        await cluster.StartAsync(cancellationToken);
        return cluster;
    }

    /// <summary>A streaming standby of this cluster, started, with everything this cluster has committed.</summary>
    public async Task<PostgresCluster> StartStandbyAsync(CancellationToken cancellationToken)
    {
        var standby = new PostgresCluster(await NewDirectoryAsync("incidentmap-standby-"), FreePort());
        await RunAsync(cancellationToken, Tool("pg_basebackup"), "-D", standby.DataDirectory, "-h", "127.0.0.1", "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-U", "postgres", "-R", "-X", "stream");
        await standby.StartAsync(cancellationToken);
        return standby;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await RunAsync(cancellationToken, Tool("pg_ctl"), "-D", DataDirectory, "-w", "-l", Path.Combine(DataDirectory, "server.log"),
            "-o", $"-p {Port} -k {DataDirectory} -c listen_addresses=127.0.0.1 -c max_connections=300", "start");
        IsRunning = true;
    }

    public async Task StopAsync(CancellationToken cancellationToken, bool immediate = false)
    {
        await RunAsync(cancellationToken, Tool("pg_ctl"), "-D", DataDirectory, "-m", immediate ? "immediate" : "fast", "-w", "stop");
        IsRunning = false;
    }

    /// <summary>Waits until the standby has replayed everything this primary has committed so far.</summary>
    public async Task WaitForReplayAsync(PostgresCluster standby, CancellationToken cancellationToken)
    {
        await using var primary = new NpgsqlConnection(ConnectionString());
        await primary.OpenAsync(cancellationToken);
        await using var lsnCommand = new NpgsqlCommand("SELECT pg_current_wal_lsn()::text", primary);
        var lsn = (string)(await lsnCommand.ExecuteScalarAsync(cancellationToken))!;
        await using var replica = new NpgsqlConnection(standby.ConnectionString());
        await replica.OpenAsync(cancellationToken);
        await using var replayed = new NpgsqlCommand("SELECT pg_last_wal_replay_lsn() >= @lsn::pg_lsn", replica);
        replayed.Parameters.AddWithValue("lsn", lsn);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!(bool)(await replayed.ExecuteScalarAsync(cancellationToken))!)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The standby on port {standby.Port} did not replay {lsn} within 60 s.");
            await Task.Delay(50, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (IsRunning)
        {
            try
            {
                await StopAsync(CancellationToken.None, immediate: true);
            }
            catch (IOException)
            {
                // already gone
            }
        }
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // a file still held open; the temp folder is cleaned by the system
        }
    }

    private static async Task<string> NewDirectoryAsync(string prefix)
    {
        var directory = Directory.CreateTempSubdirectory(prefix).FullName;
        if (Environment.UserName == "root") await RunAsync(CancellationToken.None, "chown", "postgres", directory);
        return directory;
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
    private static async Task RunAsync(CancellationToken cancellationToken, string file, params string[] args)
    {
        var asPostgres = Environment.UserName == "root" && file != "chown";
        var start = new ProcessStartInfo(asPostgres ? "runuser" : file) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (asPostgres) foreach (var a in new[] { "-u", "postgres", "--", file }) start.ArgumentList.Add(a);
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new IOException($"Cannot start {file}");
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        _ = process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0) throw new IOException($"{Path.GetFileName(file)} exited with {process.ExitCode}: {(await stderr).Trim()}");
    }
}
