using System.Diagnostics;
using System.Text.Json;
using IncidentMap.Server.Tests.Faults;

namespace IncidentMap.Server.Tests.Api;

/// <summary>The server as its own process, started the way an operator starts it.</summary>
[Collection(AloneCollection.Name)]
public sealed class ServerProcessTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("incidentmap-process-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Server_WithJsonConsoleLogs_WritesOneJsonObjectPerLine_AndNamesItsDataFolderAtStart()
    {
        var ct = TestContext.Current.CancellationToken;
        if (Environment.GetEnvironmentVariable("INCIDENTMAP_GEODATA") is not { Length: > 0 } geodata || !Directory.Exists(geodata))
        {
            Requirements.Unavailable("Geodata unavailable: set INCIDENTMAP_GEODATA to the folder with the gazetteer sources");
            return;
        }
        var data = Path.Combine(_folder, "data");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
            Environment =
            {
                ["INCIDENTMAP_DATA"] = data,
                ["INCIDENTMAP_SEEDS"] = Directory.CreateDirectory(Path.Combine(_folder, "no-seeds")).FullName,
                ["ConnectionStrings__IncidentMap"] = "",
                ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
                ["Logging__Console__FormatterName"] = "json",
            },
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "IncidentMap.Server.dll"));
        var lines = new List<string>();
        using (var server = Process.Start(start)!)
        {
            _ = server.StandardError.ReadToEndAsync(ct);
            using var bounded = CancellationTokenSource.CreateLinkedTokenSource(ct);
            bounded.CancelAfter(TimeSpan.FromMinutes(3));
            try
            {
                while (await server.StandardOutput.ReadLineAsync(bounded.Token) is { } line)
                {
                    lines.Add(line);
                    if (line.Contains("Now listening on", StringComparison.Ordinal)) break;
                }
            }
            finally
            {
                server.Kill(entireProcessTree: true);
                await server.WaitForExitAsync(CancellationToken.None);
            }
        }

        Assert.Contains(lines, l => l.Contains("Now listening on", StringComparison.Ordinal));
        var entries = lines.Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
        Assert.All(entries, e => Assert.True(e.TryGetProperty("LogLevel", out _) && e.TryGetProperty("Message", out _), e.ToString()));
        Assert.Contains(entries, e => e.GetProperty("Message").GetString() == $"Store: embedded store in {Path.Combine(data, "incidentmap.db")}");
    }
}
