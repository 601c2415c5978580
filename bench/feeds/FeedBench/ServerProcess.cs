using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace FeedBench;

/// <summary>The IncidentMap server under test, as its own process on loopback, with its resident memory sampled.</summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampler;

    private ServerProcess(Process process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
        _sampler = Task.Run(SampleAsync);
    }

    public string BaseUrl { get; }

    public long PeakRssBytes { get; private set; }

    public static async Task<ServerProcess> StartAsync(string dll, IDictionary<string, string> environment)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        var process = Process.Start(start) ?? throw new InvalidOperationException("Cannot start the server.");
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        var server = new ServerProcess(process, $"http://127.0.0.1:{port}");
        using var http = new HttpClient();
        for (var i = 0; i < 1200; i++)
        {
            if (process.HasExited) throw new InvalidOperationException($"The server exited with {process.ExitCode}.");
            try
            {
                using var ready = await http.GetAsync($"{server.BaseUrl}/health/ready");
                if (ready.IsSuccessStatusCode) return server;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(500);
        }
        throw new TimeoutException("The server did not become ready within 10 minutes.");
    }

    public int Pid => _process.Id;

    /// <summary>CPU time the server has used (user and system), from /proc: a rate per CPU second does not depend on
    /// what else the shared machine runs.</summary>
    public double CpuSeconds()
    {
        var stat = File.ReadAllText($"/proc/{_process.Id}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11]) + long.Parse(fields[12])) / 100.0;
    }

    /// <summary>Resident memory now, from /proc.</summary>
    public long RssBytes() => Status("VmRSS:");

    /// <summary>The highest resident memory the kernel saw.</summary>
    public long HighWaterBytes() => Status("VmHWM:");

    private long Status(string field)
    {
        try
        {
            var line = File.ReadLines($"/proc/{_process.Id}/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private async Task SampleAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            PeakRssBytes = Math.Max(PeakRssBytes, RssBytes());
            try
            {
                await Task.Delay(200, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampler;
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
