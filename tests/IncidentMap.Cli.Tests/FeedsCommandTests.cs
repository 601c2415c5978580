using System.Net;
using IncidentMap.Geoparsing.Places;
using IncidentMap.Server.Storage;
using IncidentMap.Server.Storage.Embedded;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace IncidentMap.Cli.Tests;

public sealed class FeedsCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "incidentmap-feeds-" + Guid.NewGuid().ToString("N")[..12]);

    public FeedsCommandTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Feeds_AddListPoll_FollowsAFeedAndStoresItsStories()
    {
        var ct = TestContext.Current.CancellationToken;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        await using var site = builder.Build();
        // Every address in the feed is on this loopback site; the story's page is gone (404), so its summary is used.
        site.MapGet("/rss", (HttpRequest request) => Results.Text($"""
            <?xml version="1.0"?><rss version="2.0"><channel><title>Loopback News</title>
            <item><title>Drills</title><link>http://{request.Host}/drills</link><guid>drills-1</guid><pubDate>Tue, 16 Sep 2025 08:00:00 GMT</pubDate>
            <description>Belarus said on Tuesday that Russian troops had arrived in the Grodno region for joint exercises.</description></item>
            </channel></rss>
            """, "application/rss+xml"));
        await site.StartAsync(ct);
        var url = site.Urls.First() + "/rss";
        var data = Path.Combine(_folder, "data");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("INCIDENTMAP_DATA", data), new("INCIDENTMAP_FEEDS_ALLOW_PRIVATE", "true")]).Build();
        using var stdout = new StringWriter();
        using var log = new StringWriter();

        var added = await FeedsCommand.RunAsync(["add", url, "--interval", "30"], configuration, () => GeoparseCommandTests.Gazetteer, stdout, log, ct);
        var polled = await FeedsCommand.RunAsync(["poll", "1"], configuration, () => GeoparseCommandTests.Gazetteer, stdout, log, ct);
        var listed = await FeedsCommand.RunAsync(["list"], configuration, () => GeoparseCommandTests.Gazetteer, stdout, log, ct);
        var unknown = await FeedsCommand.RunAsync(["poll", "9"], configuration, () => GeoparseCommandTests.Gazetteer, stdout, log, ct);

        Assert.Equal([0, 0, 0, 2], new[] { added, polled, listed, unknown });
        var output = stdout.ToString();
        Assert.Contains($"following feed 1: {url} every 30 min", output);
        Assert.Contains("feed 1: 1 items, 1 new, 1 articles created, 0 duplicates", output);
        Assert.Contains("Loopback News · every 30 min · polled", output);
        Assert.Contains("1 items, 1 articles", output);
        Assert.Contains("feed 1: 1/1 new items", log.ToString());
        Assert.Contains("there is no feed 9", log.ToString());
        await using var store = new EmbeddedIncidentStore(data);
        await store.InitializeAsync(GeoparseCommandTests.Gazetteer, ct);
        var incidents = await store.QueryIncidentsAsync(new IncidentFilter(), ct);
        Assert.Contains(incidents.Items, i => i.Article.Url == site.Urls.First() + "/drills" && i.Article.Source == "Loopback News");
    }

    [Fact]
    public async Task FeedsWithServer_WhileTheServerHoldsTheStore_AddPollAndListGoThroughIt()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var site = await StartSiteAsync(ct);
        var url = site.Urls.First() + "/rss";
        var data = Path.Combine(_folder, "data");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("INCIDENTMAP_DATA", data), new("INCIDENTMAP_API_KEY", "feeds-key")]).Build();
        await using var server = new LoopbackServer(data, "feeds-key");
        var address = server.Start().ToString();
        using var http = new HttpClient { BaseAddress = new Uri(address) };
        for (var i = 0; i < 600 && !(await http.GetAsync(new Uri("health/ready", UriKind.Relative), ct)).IsSuccessStatusCode; i++) await Task.Delay(100, ct);
        using var stdout = new StringWriter();
        using var log = new StringWriter();
        Gazetteer NoGazetteer() => throw new InvalidOperationException("feeds --server must not load the gazetteer");

        var direct = await FeedsCommand.RunAsync(["list"], configuration, () => GeoparseCommandTests.Gazetteer, stdout, log, ct);
        var added = await FeedsCommand.RunAsync(["--server", address, "add", url, "--interval", "30"], configuration, NoGazetteer, stdout, log, ct);
        var again = await FeedsCommand.RunAsync(["--server", address, "add", url], configuration, NoGazetteer, stdout, log, ct);
        var polled = await FeedsCommand.RunAsync(["--server", address, "poll", "1"], configuration, NoGazetteer, stdout, log, ct);
        var listed = await FeedsCommand.RunAsync(["--server", address, "list"], configuration, NoGazetteer, stdout, log, ct);
        var unknown = await FeedsCommand.RunAsync(["--server", address, "poll", "9"], configuration, NoGazetteer, stdout, log, ct);
        var wrongKey = await FeedsCommand.RunAsync(["--server", address, "--key", "wrong", "add", url + "?other"], configuration, NoGazetteer, stdout, log, ct);

        Assert.Equal([1, 0, 0, 0, 0, 2, 1], new[] { direct, added, again, polled, listed, unknown, wrongKey });
        var output = stdout.ToString();
        Assert.Contains($"in use by process {Environment.ProcessId}", log.ToString());
        Assert.Contains($"following feed 1: {url} every 30 min", output);
        Assert.Contains($"already following feed 1: {url}", output);
        Assert.Contains("feed 1: 1 items, 1 new, 1 articles created, 0 duplicates", output);
        Assert.Contains("every 30 min · HTTP 200 · 1 items, 1 articles", output);
        Assert.Contains("401", log.ToString());
        using var layer = await http.GetAsync(new Uri("api/layers/incidents?limit=10", UriKind.Relative), ct);
        Assert.Contains(site.Urls.First() + "/drills", await layer.Content.ReadAsStringAsync(ct));
    }

    private static async Task<WebApplication> StartSiteAsync(CancellationToken ct)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var site = builder.Build();
        site.MapGet("/rss", (HttpRequest request) => Results.Text($"""
            <?xml version="1.0"?><rss version="2.0"><channel><title>Loopback News</title>
            <item><title>Drills</title><link>http://{request.Host}/drills</link><guid>drills-1</guid><pubDate>Tue, 16 Sep 2025 08:00:00 GMT</pubDate>
            <description>Belarus said on Tuesday that Russian troops had arrived in the Grodno region for joint exercises.</description></item>
            </channel></rss>
            """, "application/rss+xml"));
        await site.StartAsync(ct);
        return site;
    }

    [Fact]
    public async Task Feeds_BadArguments_PrintUsage()
    {
        using var stdout = new StringWriter();
        using var log = new StringWriter();
        var configuration = new ConfigurationBuilder().Build();

        var code = await FeedsCommand.RunAsync(["poll", "x"], configuration, () => throw new InvalidOperationException("not loaded"), stdout, log, TestContext.Current.CancellationToken);

        Assert.Equal(2, code);
        Assert.Contains("usage: incidentmap feeds [--server URL [--key KEY]] add URL", log.ToString());
    }
}
