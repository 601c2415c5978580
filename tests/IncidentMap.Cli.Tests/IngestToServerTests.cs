using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Configuration;

namespace IncidentMap.Cli.Tests;

/// <summary>
/// The embedded store belongs to one process. While a server runs on it, <c>ingest</c> is refused with the server's
/// process named, and <c>ingest --server</c> sends the articles to that server instead, so the server sees them and
/// a later post of the same text is recognised, never a conflict.
/// </summary>
public sealed class IngestToServerTests : IDisposable
{
    private const string _key = "cli-test-key";
    private readonly string _folder = Directory.CreateTempSubdirectory("incidentmap-cli-server-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Ingest_WhileTheServerHoldsTheStore_IsRefusedNamingIt_AndWithServerGoesThroughIt()
    {
        var ct = TestContext.Current.CancellationToken;
        var data = Path.Combine(_folder, "data");
        var text = "date 2025-09-16\nRussian troops arrived in the Grodno region for joint exercises, Minsk said on Tuesday.";
        var file = Path.Combine(_folder, "drills.txt");
        await File.WriteAllTextAsync(file, text, ct);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("INCIDENTMAP_DATA", data)]).Build();
        await using var server = new LoopbackServer(data, _key);
        var address = server.Start();
        using var http = new HttpClient { BaseAddress = address };
        await WaitUntilReadyAsync(http, ct);
        using var direct = new StringWriter();
        using var viaServer = new StringWriter();
        using var again = new StringWriter();

        var directExit = await IngestCommand.RunAsync([file], configuration, () => GeoparseCommandTests.Gazetteer, direct, ct);
        var serverExit = await IngestCommand.RunAsync(["--server", address.ToString(), "--key", _key, file], configuration,
            () => throw new InvalidOperationException("ingest --server must not load the gazetteer"), viaServer, ct);
        using var post = new HttpRequestMessage(HttpMethod.Post, "api/articles") { Content = new StringContent(text, Encoding.UTF8, "text/plain") };
        post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _key);
        using var posted = await http.SendAsync(post, ct);
        var againExit = await IngestCommand.RunAsync(["--server", address.ToString(), "--key", _key, file], configuration,
            () => throw new InvalidOperationException("ingest --server must not load the gazetteer"), again, ct);

        Assert.Equal(1, directExit);
        Assert.Contains($"in use by process {Environment.ProcessId}", direct.ToString());
        Assert.Contains("--server", direct.ToString());
        Assert.Equal(0, serverExit);
        Assert.Contains("ingested 1 new, 0 already present, 0 failed", viaServer.ToString());
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal(0, againExit);
        Assert.Contains("ingested 0 new, 1 already present, 0 failed", again.ToString());
    }

    [Fact]
    public async Task IngestWithServer_WrongKey_ReportsTheServersWordsForEachArticle()
    {
        var ct = TestContext.Current.CancellationToken;
        var data = Path.Combine(_folder, "data");
        var file = Path.Combine(_folder, "a.txt");
        await File.WriteAllTextAsync(file, "Russian troops arrived in the Grodno region, Minsk said.", ct);
        await using var server = new LoopbackServer(data, _key);
        var address = server.Start();
        using var http = new HttpClient { BaseAddress = address };
        await WaitUntilReadyAsync(http, ct);
        using var log = new StringWriter();

        var exit = await IngestCommand.RunAsync(["--server", address.ToString(), "--key", "wrong", file],
            new ConfigurationBuilder().Build(), () => throw new InvalidOperationException(), log, ct);

        Assert.Equal(1, exit);
        Assert.Contains("a.txt: 401 Unauthorized", log.ToString());
        Assert.Contains("0 new, 0 already present, 1 failed", log.ToString());
    }

    [Theory]
    [InlineData("--server")]
    [InlineData("--server", "ftp://example.org", "a.txt")]
    [InlineData("--key", "k", "a.txt")]
    public async Task Ingest_WithAMalformedServerOption_PrintsWhatIsWrongAndExits2(params string[] args)
    {
        using var log = new StringWriter();

        var exit = await IngestCommand.RunAsync(args, new ConfigurationBuilder().Build(), () => throw new InvalidOperationException(), log,
            TestContext.Current.CancellationToken);

        Assert.Equal(2, exit);
        Assert.StartsWith("ingest", log.ToString().Split("usage: incidentmap ")[^1], StringComparison.Ordinal);
    }

    private static async Task WaitUntilReadyAsync(HttpClient http, CancellationToken ct)
    {
        for (var i = 0; i < 600; i++)
        {
            using var ready = await http.GetAsync(new Uri("health/ready", UriKind.Relative), ct);
            if (ready.IsSuccessStatusCode) return;
            await Task.Delay(100, ct);
        }
        throw new TimeoutException("The server did not become ready within a minute.");
    }
}
