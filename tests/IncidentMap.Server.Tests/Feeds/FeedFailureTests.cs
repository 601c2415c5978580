using System.Text;
using System.Text.Json;
using IncidentMap.Server.Tests.Api;
using Microsoft.AspNetCore.Http;

namespace IncidentMap.Server.Tests.Feeds;

/// <summary>Feeds that fail in every way a news site can fail: each failure is a sentence on the feed's status,
/// nothing of it is stored, and the poller goes on with the other feeds.</summary>
public sealed class FeedFailureTests(PostGisDatabase postGis)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Each broken feed the site serves, with a phrase its error must contain.</summary>
    private static readonly (string Path, string Error)[] _broken =
    [
        ("/malformed", "Not a well-formed feed"),
        ("/html", "serves an HTML page, not a feed; the page links to"),
        ("/endless", "No complete answer within 5 s"),
        ("/huge", "larger than 8 MB"),
        ("/latin", "not valid utf-8 text"),
        ("/loop", "too many redirects"),
    ];

    public static TheoryData<string> BrokenPaths => [.. _broken.Select(b => b.Path)];

    private static void ServeBrokenFeeds(FeedServer site)
    {
        site.Serve("/malformed", FeedXml.RssType, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title><item><title>Odesa</title></channel></rss>");
        site.Serve("/html", "text/html; charset=utf-8",
            "<!doctype html><html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/rss\"></head><body><p>Front page</p></body></html>");
        site.Serve("/endless", async context =>
        {
            context.Response.ContentType = FeedXml.RssType;
            await context.Response.WriteAsync("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Never ends</title>", context.RequestAborted);
            while (!context.RequestAborted.IsCancellationRequested)
            {
                await context.Response.WriteAsync("<!-- still going -->", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                await Task.Delay(100, context.RequestAborted);
            }
        });
        var huge = new string('x', 10 * 1024 * 1024);
        site.Serve("/huge", FeedXml.RssType, FeedXml.Rss("Huge", new Story("Odesa", site.Url("/odesa"), FeedTexts.Published, FeedTexts.OdesaStrike),
            new Story("Padding", site.Url("/padding"), FeedTexts.Published, huge)));
        var latin = Encoding.Latin1.GetBytes(FeedXml.Rss("Café des nouvelles", new Story("Odesa", site.Url("/odesa-latin"), FeedTexts.Published, FeedTexts.OdesaStrike)));
        site.Serve("/latin", FeedXml.RssType, latin);
        site.Serve("/loop", context =>
        {
            context.Response.Redirect("/loop");
            return Task.CompletedTask;
        });
    }

    private static async Task<long> IncidentCountAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/api/layers/incidents?limit=1", UriKind.Relative), Ct);
        return (await Json.ReadAsync(response)).GetProperty("numberMatched").GetInt64();
    }

    [Theory]
    [MemberData(nameof(BrokenPaths))]
    public async Task Poll_BrokenFeed_RecordsWhyAndStoresNothing(string path)
    {
        await using var site = await FeedServer.StartAsync();
        ServeBrokenFeeds(site);
        await using var server = await ServerFactory.CreateAsync(StoreKind.Embedded, postGis,
            settings: FeedsApiTests.LoopbackFeeds(("INCIDENTMAP_FEEDS_TIMEOUT_SECONDS", "5")));
        using var client = server.CreateClient();
        var before = await IncidentCountAsync(client);
        var id = await FeedsApiTests.FollowAsync(client, site.Url(path));

        var poll = await FeedsApiTests.PollAsync(client, id);

        var feed = poll.GetProperty("feed");
        Assert.Contains(_broken.Single(b => b.Path == path).Error, feed.GetProperty("last_error").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, feed.GetProperty("failures").GetInt32());
        Assert.Equal(0, feed.GetProperty("items_seen").GetInt64());
        Assert.Equal(0, feed.GetProperty("articles_created").GetInt64());
        Assert.True(feed.GetProperty("next_poll_at").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(10));
        Assert.Equal(before, await IncidentCountAsync(client));
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task BackgroundPoller_WithBrokenFeeds_GoesOnWithTheOthers(StoreKind store)
    {
        await using var site = await FeedServer.StartAsync();
        ServeBrokenFeeds(site);
        var link = site.Url("/kharkiv");
        site.Serve("/good", FeedXml.RssType, FeedXml.Rss("Good News", new Story("Kharkiv", link, FeedTexts.Published, FeedTexts.KharkivStrike)));
        await using var server = await ServerFactory.CreateAsync(store, postGis, settings: FeedsApiTests.LoopbackFeeds(
            ("INCIDENTMAP_FEEDS_POLL", "true"), ("INCIDENTMAP_FEEDS_FIRST_POLL_SECONDS", "0"), ("INCIDENTMAP_FEEDS_TIMEOUT_SECONDS", "5"),
            ("INCIDENTMAP_FEEDS_PARALLEL", "3")));
        using var client = server.CreateClient();
        var before = await IncidentCountAsync(client);
        foreach (var (path, _) in _broken) await FeedsApiTests.FollowAsync(client, site.Url(path));
        var good = await FeedsApiTests.FollowAsync(client, site.Url("/good"));

        var feeds = await WaitUntilAllPolledAsync(client, _broken.Length + 1);

        var goodFeed = feeds.Single(f => f.GetProperty("id").GetInt64() == good);
        Assert.Equal(JsonValueKind.Null, goodFeed.GetProperty("last_error").ValueKind);
        Assert.Equal(1, goodFeed.GetProperty("articles_created").GetInt64());
        Assert.Single(await FeedsApiTests.IncidentsOfAsync(client, link));
        // Nothing of the broken feeds is stored: the good story's incident is the only one added.
        Assert.Equal(before + 1, await IncidentCountAsync(client));
        foreach (var (path, error) in _broken)
        {
            var feed = feeds.Single(f => f.GetProperty("url").GetString() == site.Url(path));
            Assert.Contains(error, feed.GetProperty("last_error").GetString(), StringComparison.Ordinal);
            Assert.Equal(0, feed.GetProperty("articles_created").GetInt64());
        }
    }

    [Theory]
    [InlineData(StoreKind.Embedded, "127.0.0.1")]
    [InlineData(StoreKind.Embedded, "[::1]")]
    [InlineData(StoreKind.Embedded, "localhost")]
    [InlineData(StoreKind.PostGis, "localhost")]
    public async Task Poll_LoopbackAddressWithoutTheSetting_IsRefusedBeforeAnyRequest(StoreKind store, string host)
    {
        await using var site = await FeedServer.StartAsync();
        site.Serve("/rss", FeedXml.RssType, FeedXml.Rss("News", new Story("Odesa", site.Url("/odesa"), FeedTexts.Published, FeedTexts.OdesaStrike)));
        await using var server = await ServerFactory.CreateAsync(store, postGis, settings: new Dictionary<string, string> { ["INCIDENTMAP_FEEDS_POLL"] = "false" });
        using var client = server.CreateClient();
        var id = await FeedsApiTests.FollowAsync(client, $"http://{host}:{site.BaseAddress.Port}/rss");

        var poll = await FeedsApiTests.PollAsync(client, id);

        var error = poll.GetProperty("feed").GetProperty("last_error").GetString()!;
        Assert.StartsWith("Refused: ", error, StringComparison.Ordinal);
        Assert.Contains("a loopback address", error, StringComparison.Ordinal);
        Assert.Contains("INCIDENTMAP_FEEDS_ALLOW_PRIVATE=true", error, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, poll.GetProperty("feed").GetProperty("last_status").ValueKind);
        Assert.Empty(site.Requests);
    }

    [Fact]
    public async Task Poll_TooManyRequestsWithRetryAfter_WaitsAsAskedWithoutRetrying()
    {
        await using var site = await FeedServer.StartAsync();
        site.Serve("/rss", context =>
        {
            context.Response.StatusCode = 429;
            context.Response.Headers.RetryAfter = "3600";
            return Task.CompletedTask;
        });
        await using var server = await ServerFactory.CreateAsync(StoreKind.Embedded, postGis, settings: FeedsApiTests.LoopbackFeeds());
        using var client = server.CreateClient();
        var id = await FeedsApiTests.FollowAsync(client, site.Url("/rss"));

        var feed = (await FeedsApiTests.PollAsync(client, id)).GetProperty("feed");

        Assert.Equal(429, feed.GetProperty("last_status").GetInt32());
        Assert.Contains("asks to wait 3600 s", feed.GetProperty("last_error").GetString(), StringComparison.Ordinal);
        Assert.True(feed.GetProperty("next_poll_at").GetDateTimeOffset() >= DateTimeOffset.UtcNow.AddSeconds(3590));
        Assert.Single(site.RequestsTo("/rss"));
    }

    [Fact]
    public async Task Poll_ServerErrors_AreRetriedThenBackedOffFurtherAfterEachFailure()
    {
        await using var site = await FeedServer.StartAsync();
        site.Serve("/rss", context =>
        {
            context.Response.StatusCode = 503;
            return Task.CompletedTask;
        });
        await using var server = await ServerFactory.CreateAsync(StoreKind.Embedded, postGis, settings: FeedsApiTests.LoopbackFeeds());
        using var client = server.CreateClient();
        var id = await FeedsApiTests.FollowAsync(client, site.Url("/rss"));

        var first = (await FeedsApiTests.PollAsync(client, id)).GetProperty("feed");
        var requestsAfterFirst = site.RequestsTo("/rss").Count();
        var second = (await FeedsApiTests.PollAsync(client, id)).GetProperty("feed");

        Assert.Equal(3, requestsAfterFirst);
        Assert.Equal(503, first.GetProperty("last_status").GetInt32());
        Assert.StartsWith("HTTP 503", first.GetProperty("last_error").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, second.GetProperty("failures").GetInt32());
        // 15 min after one failure, 30 after two, each within its ±10 % jitter.
        var now = DateTimeOffset.UtcNow;
        Assert.InRange(first.GetProperty("next_poll_at").GetDateTimeOffset(), now.AddMinutes(13), now.AddMinutes(17));
        Assert.InRange(second.GetProperty("next_poll_at").GetDateTimeOffset(), now.AddMinutes(26), now.AddMinutes(34));
    }

    [Fact]
    public async Task Poll_GzipFeed_IsDecompressed()
    {
        await using var site = await FeedServer.StartAsync();
        var link = site.Url("/odesa");
        var body = Encoding.UTF8.GetBytes(FeedXml.Rss("News", new Story("Odesa", link, FeedTexts.Published, FeedTexts.OdesaStrike)));
        site.Serve("/rss", async context =>
        {
            Assert.Contains("gzip", context.Request.Headers.AcceptEncoding.ToString(), StringComparison.Ordinal);
            context.Response.ContentType = FeedXml.RssType;
            context.Response.Headers.ContentEncoding = "gzip";
            await using var gzip = new System.IO.Compression.GZipStream(context.Response.Body, System.IO.Compression.CompressionLevel.Fastest);
            await gzip.WriteAsync(body);
        });
        await using var server = await ServerFactory.CreateAsync(StoreKind.Embedded, postGis, settings: FeedsApiTests.LoopbackFeeds());
        using var client = server.CreateClient();

        var poll = await FeedsApiTests.PollAsync(client, await FeedsApiTests.FollowAsync(client, site.Url("/rss")));

        Assert.Equal(1, poll.GetProperty("articles_created").GetInt32());
        Assert.Single(await FeedsApiTests.IncidentsOfAsync(client, link));
    }

    private static async Task<List<JsonElement>> WaitUntilAllPolledAsync(HttpClient client, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            using var response = await client.GetAsync(new Uri("/api/feeds", UriKind.Relative), Ct);
            var feeds = (await Json.ReadAsync(response)).EnumerateArray().ToList();
            if (feeds.Count == count && feeds.All(f => f.GetProperty("last_polled_at").ValueKind != JsonValueKind.Null)) return feeds;
            Assert.True(DateTime.UtcNow < deadline, "The background poller did not poll every feed within 90 s.");
            await Task.Delay(200, Ct);
        }
    }
}
