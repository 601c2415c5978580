using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace IncidentMap.Server.Tests.Api;

/// <summary>Metrics are process-wide: every server of the test run counts into one another's scrape (and a server
/// stopping mid-test takes its counts out of it), so these tests run in the collection that runs after the others,
/// one test at a time. A collection definition of their own without a name did not keep them apart.</summary>
[Collection(Faults.AloneCollection.Name)]
public sealed partial class MetricsTests(PostGisDatabase postGis)
{
    private const string _key = "metrics-key-0123456789";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Metrics_CountRequestsPerRouteAndArticlesIngested()
    {
        await using var server = await ServerFactory.CreateAsync(StoreKind.Embedded, postGis, _key);
        using var client = server.CreateClient();
        await client.GetAsync(new Uri("/api/layers/incidents?limit=1", UriKind.Relative), Ct);
        var before = await ScrapeAsync(client);

        for (var i = 0; i < 3; i++) (await client.GetAsync(new Uri($"/api/layers/incidents?limit={i + 2}", UriKind.Relative), Ct)).Dispose();
        using var post = new HttpRequestMessage(HttpMethod.Post, "/api/articles")
        {
            Content = new StringContent("date 2025-09-16\nRussian troops arrived in the Grodno region on Tuesday.", Encoding.UTF8, "text/plain"),
        };
        post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _key);
        using var created = await client.SendAsync(post, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var after = await ScrapeAsync(client);

        var route = """http_route="api/layers/incidents""";
        Assert.Equal(3, Sum(after, "http_server_request_duration_seconds_count", route) - Sum(before, "http_server_request_duration_seconds_count", route));
        Assert.Equal(1, Sum(after, "incidentmap_articles_ingested_total", "outcome=\"created\"") - Sum(before, "incidentmap_articles_ingested_total", "outcome=\"created\""));
        Assert.True(Sum(after, "incidentmap_geoparse_duration_seconds_count", "") >= 1, "geoparse time recorded");
        Assert.Contains("dotnet_gc_collections_total", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_CountFeedPollsEventsCreatedAndStreamClients()
    {
        await using var site = await Feeds.FeedServer.StartAsync();
        var link = site.Url("/kharkiv");
        site.Serve("/rss", Feeds.FeedXml.RssType, Feeds.FeedXml.Rss("Outlet A", new Feeds.Story("Drone strike on Kharkiv", link, Feeds.FeedTexts.Published, Feeds.FeedTexts.KharkivStrike)));
        site.Serve("/broken", Feeds.FeedXml.RssType, "<rss><channel><item>");
        await using var server = await ServerFactory.CreateAsync(StoreKind.Embedded, postGis, settings: Feeds.FeedsApiTests.LoopbackFeeds());
        using var client = server.CreateClient();
        var before = await ScrapeAsync(client);

        await Feeds.FeedsApiTests.PollAsync(client, await Feeds.FeedsApiTests.FollowAsync(client, site.Url("/rss")));
        await Feeds.FeedsApiTests.PollAsync(client, await Feeds.FeedsApiTests.FollowAsync(client, site.Url("/broken")));
        await using var stream = await Streaming.SseClient.ConnectAsync(server.CreateClient());
        var after = await ScrapeAsync(client);

        Assert.Equal(1, Sum(after, "incidentmap_feed_polls_total", "outcome=\"read\"") - Sum(before, "incidentmap_feed_polls_total", "outcome=\"read\""));
        Assert.Equal(1, Sum(after, "incidentmap_feed_polls_total", "outcome=\"failed\"") - Sum(before, "incidentmap_feed_polls_total", "outcome=\"failed\""));
        Assert.Equal(1, Sum(after, "incidentmap_events_created_total", "") - Sum(before, "incidentmap_events_created_total", ""));
        Assert.Equal(1, Sum(after, "incidentmap_stream_clients", "") - Sum(before, "incidentmap_stream_clients", ""));
    }

    private static async Task<string> ScrapeAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/metrics", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    /// <summary>The sum of a metric's samples whose labels contain <paramref name="label"/>.</summary>
    private static double Sum(string exposition, string metric, string label) =>
        Sample().Matches(exposition)
            .Where(m => m.Groups["name"].Value == metric && m.Groups["labels"].Value.Contains(label, StringComparison.Ordinal))
            .Sum(m => double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture));

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(?<labels>[^}]*)\})? (?<value>\S+)", RegexOptions.Multiline)]
    private static partial Regex Sample();
}
