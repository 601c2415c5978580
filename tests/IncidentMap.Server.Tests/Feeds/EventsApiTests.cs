using System.Net;
using System.Text.Json;
using IncidentMap.Server.Tests.Api;

namespace IncidentMap.Server.Tests.Feeds;

/// <summary>Events through the API: the events layer, the OGC collection, near-border by event and event ids on
/// incidents, fed by the local news site, on both stores.</summary>
public sealed class EventsApiTests(PostGisDatabase postGis)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Three outlets, three formats, three reports of the strike on Kharkiv.</summary>
    internal static async Task<string[]> ServeThreeOutletsAsync(FeedServer site)
    {
        var links = new[] { site.Url("/a/kharkiv"), site.Url("/b/kharkiv-missiles"), site.Url("/c/kharkiv-shelling") };
        site.Serve("/a/rss", FeedXml.RssType, FeedXml.Rss("Outlet A", new Story("Drone strike on Kharkiv", links[0], FeedTexts.Published, FeedTexts.KharkivStrike)));
        site.Serve("/b/atom", FeedXml.AtomType, FeedXml.Atom("Outlet B", new Story("Missiles hit Kharkiv", links[1], FeedTexts.Published.AddHours(1), FeedTexts.KharkivMissiles)));
        site.Serve("/c/json", FeedXml.JsonType, FeedXml.Json("Outlet C", new Story("Kharkiv shelled", links[2], FeedTexts.Published.AddHours(2), FeedTexts.KharkivShelling)));
        return links;
    }

    private static async Task<JsonElement> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Json.ReadAsync(response);
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task ThreeOutletsReportingOneStrike_AreOneEventWithThreeReports(StoreKind store)
    {
        await using var site = await FeedServer.StartAsync();
        var links = await ServeThreeOutletsAsync(site);
        await using var server = await ServerFactory.CreateAsync(store, postGis, settings: FeedsApiTests.LoopbackFeeds());
        using var client = server.CreateClient();
        foreach (var feed in new[] { "/a/rss", "/b/atom", "/c/json" })
            Assert.Equal(1, (await FeedsApiTests.PollAsync(client, await FeedsApiTests.FollowAsync(client, site.Url(feed)))).GetProperty("articles_created").GetInt32());

        var events = await GetAsync(client, "/api/layers/events?type=explosions_remote_violence&bbox=35,49,38,51");

        var strike = Assert.Single(Json.Features(events));
        var properties = strike.GetProperty("properties");
        Assert.Equal(3, properties.GetProperty("reports").GetInt32());
        Assert.Equal(3, properties.GetProperty("incident_count").GetInt32());
        Assert.Equal(["Outlet A", "Outlet B", "Outlet C"], properties.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("outlet").GetString()));
        Assert.Equal(links, properties.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("url").GetString()));
        Assert.Equal(["Drone strike on Kharkiv", "Missiles hit Kharkiv", "Kharkiv shelled"],
            properties.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("title").GetString()));
        Assert.Equal(FeedTexts.Published, properties.GetProperty("sources")[0].GetProperty("published").GetDateTimeOffset());
        Assert.Equal(("Kharkiv", "2025-09-15", 1), (properties.GetProperty("place_name").GetString(), properties.GetProperty("date").GetString(),
            properties.GetProperty("geo_precision").GetInt32()));
        var eventId = strike.GetProperty("id").GetInt64();
        foreach (var link in links)
            Assert.Equal(eventId, Assert.Single(await FeedsApiTests.IncidentsOfAsync(client, link)).GetProperty("properties").GetProperty("event_id").GetInt64());
        var one = await GetAsync(client, $"/api/events/{eventId}");
        Assert.Equal(3, one.GetProperty("properties").GetProperty("reports").GetInt32());
        var ogc = await GetAsync(client, $"/ogc/collections/events/items/{eventId}");
        Assert.Equal(eventId, ogc.GetProperty("id").GetInt64());
        var items = await GetAsync(client, "/ogc/collections/events/items?bbox=35,49,38,51&limit=5");
        Assert.Equal(1, items.GetProperty("numberMatched").GetInt64());
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task EventsLayer_TakesTheLayerFiltersAndNamesBadOnes(StoreKind store)
    {
        await using var server = await ServerFactory.CreateAsync(store, postGis, settings: FeedsApiTests.LoopbackFeeds());
        using var client = server.CreateClient();

        var all = await GetAsync(client, "/api/layers/events?limit=10000");
        var incidents = await GetAsync(client, "/api/layers/incidents?limit=10000");
        var strategic = await GetAsync(client, "/api/layers/events?type=strategic_developments&limit=10000");
        var poland = await GetAsync(client, "/api/layers/events?country=PL&limit=10000");
        var paged = await GetAsync(client, "/api/layers/events?limit=1&offset=1");
        var collections = await GetAsync(client, "/ogc/collections");
        using var bad = await client.GetAsync(new Uri("/api/layers/events?bbox=1,2,3", UriKind.Relative), Ct);
        using var missing = await client.GetAsync(new Uri("/api/events/987654", UriKind.Relative), Ct);

        var incidentEvents = Json.Features(incidents).Select(f => f.GetProperty("properties").GetProperty("event_id").GetInt64()).Distinct().Order();
        Assert.Equal(incidentEvents, Json.Features(all).Select(f => f.GetProperty("id").GetInt64()).Order());
        Assert.True(all.GetProperty("numberMatched").GetInt64() > 1);
        Assert.All(Json.Features(strategic), f => Assert.Equal("strategic_developments", f.GetProperty("properties").GetProperty("type").GetString()));
        Assert.InRange(strategic.GetProperty("numberMatched").GetInt64(), 1, all.GetProperty("numberMatched").GetInt64() - 1);
        Assert.All(Json.Features(poland), f => Assert.Contains("POL", f.GetProperty("properties").GetProperty("countries").EnumerateArray().Select(c => c.GetString())));
        Assert.Equal(Json.Features(all).ElementAt(1).GetProperty("id").GetInt64(), Assert.Single(Json.Features(paged)).GetProperty("id").GetInt64());
        Assert.Contains(collections.GetProperty("collections").EnumerateArray(), c => c.GetProperty("id").GetString() == "events");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("bbox", (await Json.ReadAsync(bad)).GetProperty("parameter").GetString());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task NearBorder_GroupedByEvent_GivesEachEventOnceAtItsNearestIncident(StoreKind store)
    {
        await using var server = await ServerFactory.CreateAsync(store, postGis, settings: FeedsApiTests.LoopbackFeeds());
        using var client = server.CreateClient();

        var incidents = await GetAsync(client, "/api/incidents/near-border?a=POL&b=BLR&km=100");
        var events = await GetAsync(client, "/api/incidents/near-border?a=POL&b=BLR&km=100&group=events");
        using var bad = await client.GetAsync(new Uri("/api/incidents/near-border?a=POL&b=BLR&group=articles", UriKind.Relative), Ct);

        var nearest = Json.Features(incidents)
            .GroupBy(f => f.GetProperty("properties").GetProperty("event_id").GetInt64())
            .Select(g => (Id: g.Key, Km: g.Min(f => f.GetProperty("properties").GetProperty("distance_km").GetDouble())))
            .OrderBy(e => e.Km).ThenBy(e => e.Id).ToList();
        Assert.NotEmpty(nearest);
        Assert.Equal(nearest.Select(e => e.Id), Json.Features(events).Select(f => f.GetProperty("id").GetInt64()));
        Assert.Equal(nearest.Select(e => e.Km), Json.Features(events).Select(f => f.GetProperty("properties").GetProperty("distance_km").GetDouble()));
        Assert.Equal(nearest.Count, events.GetProperty("numberMatched").GetInt64());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("group", (await Json.ReadAsync(bad)).GetProperty("parameter").GetString());
    }
}
