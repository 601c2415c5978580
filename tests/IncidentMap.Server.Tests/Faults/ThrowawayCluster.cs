using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using IncidentMap.Server.Tests.Api;

namespace IncidentMap.Server.Tests.Faults;

/// <summary>
/// A PostgreSQL cluster of the test's own on a free loopback port, which the test may stop and start again (the run's
/// shared server must never be stopped). Removed on dispose.
/// </summary>
public sealed class ThrowawayCluster : IAsyncDisposable
{
    private readonly string _directory;

    private ThrowawayCluster(string directory, int port)
    {
        _directory = directory;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString(string database) => $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database}";

    /// <summary>Initializes and starts a cluster; skips the test (fails it under CI) without the PostgreSQL binaries.</summary>
    public static async Task<ThrowawayCluster> StartAsync()
    {
        if (!File.Exists(Tool("initdb"))) Requirements.Unavailable("PostgreSQL's initdb is not installed (Debian package postgresql-15-postgis-3).");
        var directory = Directory.CreateTempSubdirectory("incidentmap-fault-pg-").FullName;
        if (Environment.UserName == "root") await RunAsync("chown", "postgres", directory);
        await RunAsync(Tool("initdb"), "-D", directory, "-A", "trust", "-U", "postgres");
        var cluster = new ThrowawayCluster(directory, FreePort());
        await cluster.StartAgainAsync();
        return cluster;
    }

    /// <summary>Stops the server at once, as a crash or an operator's immediate shutdown would: clients see their
    /// connections drop and new ones refused. (fsync is off, as for the run's shared server: the machine does not
    /// crash, so what PostgreSQL wrote survives in the system's cache and is recovered at the next start.)</summary>
    public Task StopAsync() => RunAsync(Tool("pg_ctl"), "-D", _directory, "-m", "immediate", "-w", "stop");

    public Task StartAgainAsync() => RunAsync(Tool("pg_ctl"), "-D", _directory, "-w", "-l", Path.Combine(_directory, "log"),
        "-o", $"-p {Port} -k {_directory} -c listen_addresses=127.0.0.1 -c fsync=off", "start");

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RunAsync(Tool("pg_ctl"), "-D", _directory, "-m", "immediate", "-w", "stop");
        }
        catch (IOException)
        {
            // already stopped
        }
        Directory.Delete(_directory, recursive: true);
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
