using System.Diagnostics;
using System.Net;
using IncidentMap.Server.Streaming;
using IncidentMap.Server.Tests.Api;
using IncidentMap.Server.Tests.Feeds;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentMap.Server.Tests.Streaming;

/// <summary>The live stream of event changes, on both stores, fed by the local news site.</summary>
public sealed class StreamTests(PostGisDatabase postGis)
{
    private static readonly TimeSpan _wait = TimeSpan.FromSeconds(30);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Stream_NewEventFoundByAPoll_ReachesAnOpenClientWithin2Seconds(StoreKind store)
    {
        await using var site = await FeedServer.StartAsync();
        var link = site.Url("/kharkiv");
        site.Serve("/rss", FeedXml.RssType, FeedXml.Rss("Outlet A", new Story("Drone strike on Kharkiv", link, FeedTexts.Published, FeedTexts.KharkivStrike)));
        await using var server = await ServerFactory.CreateAsync(store, postGis, settings: FeedsApiTests.LoopbackFeeds());
        using var client = server.CreateClient();
        var feed = await FeedsApiTests.FollowAsync(client, site.Url("/rss"));
        await using var stream = await SseClient.ConnectAsync(server.CreateClient());

        await FeedsApiTests.PollAsync(client, feed);
        var polled = Stopwatch.StartNew();
        var message = await stream.NextOfTypeAsync("event", TimeSpan.FromSeconds(2));

        Assert.True(polled.Elapsed < TimeSpan.FromSeconds(2), $"the event came {polled.Elapsed.TotalSeconds:0.00} s after the poll");
        Assert.NotNull(message.Id);
        var feature = message.Json;
        Assert.Equal("Feature", feature.GetProperty("type").GetString());
        Assert.Equal("Kharkiv", feature.GetProperty("properties").GetProperty("place_name").GetString());
        Assert.Equal(link, feature.GetProperty("properties").GetProperty("sources")[0].GetProperty("url").GetString());
        var incident = Assert.Single(await FeedsApiTests.IncidentsOfAsync(client, link));
        Assert.Equal(feature.GetProperty("id").GetInt64(), incident.GetProperty("properties").GetProperty("event_id").GetInt64());
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Stream_ReconnectWithLastEventId_ReplaysWhatWasMissed(StoreKind store)
    {
        await using var site = await FeedServer.StartAsync();
        var links = await EventsApiTests.ServeThreeOutletsAsync(site);
        site.Serve("/odesa", FeedXml.RssType, FeedXml.Rss("Outlet D", new Story("Odesa", site.Url("/d/odesa"), FeedTexts.Published, FeedTexts.OdesaStrike)));
        await using var server = await ServerFactory.CreateAsync(store, postGis, settings: FeedsApiTests.LoopbackFeeds());
        using var client = server.CreateClient();
        long seen;
        await using (var first = await SseClient.ConnectAsync(server.CreateClient()))
        {
            await FeedsApiTests.PollAsync(client, await FeedsApiTests.FollowAsync(client, site.Url("/a/rss")));
            seen = (await first.NextOfTypeAsync("event", _wait)).Id!.Value;
        }

        // While the client is away: the strike gets a second and a third report, and Odesa is struck.
        await FeedsApiTests.PollAsync(client, await FeedsApiTests.FollowAsync(client, site.Url("/b/atom")));
        await FeedsApiTests.PollAsync(client, await FeedsApiTests.FollowAsync(client, site.Url("/c/json")));
        await FeedsApiTests.PollAsync(client, await FeedsApiTests.FollowAsync(client, site.Url("/odesa")));
        await using var again = await SseClient.ConnectAsync(server.CreateClient(), lastEventId: seen);
        var missed = new[] { await again.NextOfTypeAsync("event", _wait), await again.NextOfTypeAsync("event", _wait) };

        Assert.All(missed, m => Assert.True(m.Id > seen));
        Assert.True(missed[0].Id < missed[1].Id);
        var places = missed.Select(m => m.Json.GetProperty("properties")).ToList();
        Assert.Equal(["Kharkiv", "Odesa"], places.Select(p => p.GetProperty("place_name").GetString()).Order());
        Assert.Equal(3, places.Single(p => p.GetProperty("place_name").GetString() == "Kharkiv").GetProperty("reports").GetInt32());
        Assert.Equal(links, places.Single(p => p.GetProperty("place_name").GetString() == "Kharkiv").GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("url").GetString()));
    }

    [Fact]
    public async Task Stream_DeletedArticle_RemovesItsEventAndIdleStreamsGetHeartbeats()
    {
        await using var server = await ServerFactory.CreateAsync(StoreKind.Embedded, postGis,
            settings: FeedsApiTests.LoopbackFeeds(("INCIDENTMAP_STREAM_HEARTBEAT_SECONDS", "0.3")));
        using var client = server.CreateClient();
        await using var stream = await SseClient.ConnectAsync(server.CreateClient());
        var heartbeat = await stream.NextAsync(_wait);
        using var posted = await client.PostAsync(new Uri("/api/articles", UriKind.Relative),
            new StringContent("date 2025-09-16\nRussian missiles struck Odesa on Monday, officials said.", System.Text.Encoding.UTF8, "text/plain"), Ct);
        var created = await stream.NextOfTypeAsync("event", _wait);
        var article = (await Json.ReadAsync(posted)).GetProperty("id").GetInt64();

        using var deleted = await client.DeleteAsync(new Uri($"/api/articles/{article}", UriKind.Relative), Ct);
        var removed = await stream.NextOfTypeAsync("removed", _wait);

        Assert.Equal("keep-alive", heartbeat?.Comment);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(created.Json.GetProperty("id").GetInt64(), removed.Json.GetProperty("id").GetInt64());
        Assert.True(removed.Id > created.Id);
    }

    [Fact]
    public async Task Stream_LastEventIdThatIsNoId_Is400()
    {
        await using var server = await ServerFactory.CreateAsync(StoreKind.Embedded, postGis, settings: FeedsApiTests.LoopbackFeeds());
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/stream");
        request.Headers.Add("Last-Event-ID", "yesterday");

        using var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Last-Event-ID", (await Json.ReadAsync(response)).GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task Stream_IsExemptFromTheRequestTimeout()
    {
        await using var server = await ServerFactory.CreateAsync(StoreKind.Embedded, postGis, settings: FeedsApiTests.LoopbackFeeds());

        var endpoints = server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();

        var stream = endpoints.Single(e => e.RoutePattern.RawText == "api/stream");
        Assert.NotNull(stream.Metadata.GetMetadata<DisableRequestTimeoutAttribute>());
    }

    [Fact]
    public async Task StreamClient_TooFarBehind_IsDroppedWithItsQueueBounded()
    {
        var client = new StreamClient(capacity: 2);
        for (var id = 1; id <= 5; id++) client.Offer(new StreamMessage(id, [(byte)id]));

        Assert.True(client.Dropped);
        var queued = new List<long>();
        await foreach (var message in client.Reader.ReadAllAsync(Ct)) queued.Add(message.Id);
        Assert.Equal([1, 2], queued);
    }
}
