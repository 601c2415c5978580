using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IncidentMap.Server.Tests.Api;

namespace IncidentMap.Server.Tests.Feeds;

/// <summary>Following feeds through the API, against a local news site on loopback, on both stores.</summary>
public sealed class FeedsApiTests(PostGisDatabase postGis)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static Dictionary<string, string> LoopbackFeeds(params (string Name, string Value)[] more)
    {
        var settings = new Dictionary<string, string> { ["INCIDENTMAP_FEEDS_ALLOW_PRIVATE"] = "true", ["INCIDENTMAP_FEEDS_POLL"] = "false" };
        foreach (var (name, value) in more) settings[name] = value;
        return settings;
    }

    internal static async Task<long> FollowAsync(HttpClient client, string url, string? title = null)
    {
        using var response = await client.PostAsJsonAsync("/api/feeds", new { url, title, interval_minutes = 15 }, Ct);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
        return (await Json.ReadAsync(response)).GetProperty("id").GetInt64();
    }

    internal static async Task<JsonElement> PollAsync(HttpClient client, long id)
    {
        using var response = await client.PostAsync(new Uri($"/api/feeds/{id}/poll", UriKind.Relative), null, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Json.ReadAsync(response);
    }

    internal static async Task<List<JsonElement>> IncidentsOfAsync(HttpClient client, string articleUrl)
    {
        using var response = await client.GetAsync(new Uri("/api/layers/incidents?limit=10000", UriKind.Relative), Ct);
        return [.. Json.Features(await Json.ReadAsync(response))
            .Where(f => f.GetProperty("properties").GetProperty("article_url").GetString() == articleUrl)];
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task PostFeed_SameAddressAgain_Answers200WithTheFeedAlreadyFollowed(StoreKind store)
    {
        await using var server = await ServerFactory.CreateAsync(store, postGis, settings: LoopbackFeeds());
        using var client = server.CreateClient();

        using var first = await client.PostAsJsonAsync("/api/feeds", new { url = "https://News.Example/world/rss/?utm_source=x", title = "News", interval_minutes = 30 }, Ct);
        using var again = await client.PostAsJsonAsync("/api/feeds", new { url = "https://news.example/world/rss#top" }, Ct);
        using var list = await client.GetAsync(new Uri("/api/feeds", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var created = await Json.ReadAsync(first);
        Assert.Equal(created.GetProperty("id").GetInt64(), (await Json.ReadAsync(again)).GetProperty("id").GetInt64());
        Assert.Equal($"/api/feeds/{created.GetProperty("id").GetInt64()}", first.Headers.Location?.AbsolutePath);
        Assert.Equal("https://news.example/world/rss", created.GetProperty("url").GetString());
        Assert.Equal(30, created.GetProperty("interval_minutes").GetInt32());
        Assert.Equal(JsonValueKind.Null, created.GetProperty("last_polled_at").ValueKind);
        Assert.Single((await Json.ReadAsync(list)).EnumerateArray());
    }

    [Theory]
    [InlineData("""{"title": "no url"}""", "url")]
    [InlineData("""{"url": "ftp://news.example/rss"}""", "url")]
    [InlineData("""{"url": "https://news.example/rss", "interval_minutes": 0}""", "interval_minutes")]
    [InlineData("""{"url": "https://news.example/rss", "interval_minutes": "often"}""", "interval_minutes")]
    [InlineData("not json", "body")]
    public async Task PostFeed_BadInput_Is400NamingTheParameter(string body, string parameter)
    {
        await using var server = await ServerFactory.CreateAsync(StoreKind.Embedded, postGis, settings: LoopbackFeeds());
        using var client = server.CreateClient();

        using var response = await client.PostAsync(new Uri("/api/feeds", UriKind.Relative), new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(parameter, (await Json.ReadAsync(response)).GetProperty("parameter").GetString());
        using var list = await client.GetAsync(new Uri("/api/feeds", UriKind.Relative), Ct);
        Assert.Empty((await Json.ReadAsync(list)).EnumerateArray());
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Poll_NewRssItem_BecomesAnArticleWithIncidentsDatedByTheItem(StoreKind store)
    {
        await using var site = await FeedServer.StartAsync();
        var link = site.Url("/world/kharkiv-strike");
        site.Serve("/rss", FeedXml.RssType, FeedXml.Rss("News Example", new Story("Drone strike on Kharkiv", link, FeedTexts.Published, FeedTexts.KharkivStrike)));
        await using var server = await ServerFactory.CreateAsync(store, postGis, settings: LoopbackFeeds());
        using var client = server.CreateClient();
        var id = await FollowAsync(client, site.Url("/rss"));

        var poll = await PollAsync(client, id);

        Assert.Equal(1, poll.GetProperty("articles_created").GetInt32());
        var feed = poll.GetProperty("feed");
        Assert.Equal(200, feed.GetProperty("last_status").GetInt32());
        Assert.Equal(JsonValueKind.Null, feed.GetProperty("last_error").ValueKind);
        Assert.Equal(1, feed.GetProperty("items_seen").GetInt64());
        Assert.Equal(1, feed.GetProperty("articles_created").GetInt64());
        Assert.Equal("News Example", feed.GetProperty("title").GetString());
        Assert.True(feed.GetProperty("next_poll_at").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(13));
        var strike = Assert.Single(await IncidentsOfAsync(client, link));
        var properties = strike.GetProperty("properties");
        Assert.Equal("air_drone_strike", properties.GetProperty("subtype").GetString());
        Assert.Equal("2025-09-15", properties.GetProperty("date").GetString());
        Assert.Equal("Kharkiv", properties.GetProperty("place_name").GetString());
        Assert.Equal("News Example", properties.GetProperty("article_source").GetString());
        Assert.Equal(FeedTexts.Published, properties.GetProperty("article_published").GetDateTimeOffset());
        Assert.Equal("Drone strike on Kharkiv", properties.GetProperty("article_title").GetString());
    }

    [Theory]
    [InlineData("atom")]
    [InlineData("json")]
    public async Task Poll_AtomAndJsonFeeds_AreReadLikeRss(string format)
    {
        await using var site = await FeedServer.StartAsync();
        var link = site.Url("/europe/grodno-drills");
        var story = new Story("Drills in Grodno", link, FeedTexts.Published, FeedTexts.GrodnoDrills);
        if (format == "atom") site.Serve("/feed", FeedXml.AtomType, FeedXml.Atom("Atom News", story));
        else site.Serve("/feed", FeedXml.JsonType, FeedXml.Json("Json News", story));
        await using var server = await ServerFactory.CreateAsync(StoreKind.Embedded, postGis, settings: LoopbackFeeds());
        using var client = server.CreateClient();

        var poll = await PollAsync(client, await FollowAsync(client, site.Url("/feed")));

        Assert.Equal(1, poll.GetProperty("articles_created").GetInt32());
        var incidents = await IncidentsOfAsync(client, link);
        Assert.Contains(incidents, f => Json.PlaceIds(f).Contains("admin1:BY-HR") && Json.Subtype(f) == "military_exercise");
        Assert.All(incidents, f => Assert.Equal(FeedTexts.Published, f.GetProperty("properties").GetProperty("article_published").GetDateTimeOffset()));
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Poll_Unchanged_SendsTheValidatorBackAndA304ParsesNothing(StoreKind store)
    {
        await using var site = await FeedServer.StartAsync();
        site.Serve("/rss", FeedXml.RssType, FeedXml.Rss("News", new Story("Odesa", site.Url("/odesa"), FeedTexts.Published, FeedTexts.OdesaStrike)), etag: "\"v1\"");
        await using var server = await ServerFactory.CreateAsync(store, postGis, settings: LoopbackFeeds());
        using var client = server.CreateClient();
        var id = await FollowAsync(client, site.Url("/rss"));

        var first = await PollAsync(client, id);
        var second = await PollAsync(client, id);

        Assert.False(first.GetProperty("not_modified").GetBoolean());
        Assert.Equal(1, first.GetProperty("items").GetInt32());
        Assert.True(second.GetProperty("not_modified").GetBoolean());
        Assert.Equal(0, second.GetProperty("items").GetInt32());
        Assert.Equal(304, second.GetProperty("feed").GetProperty("last_status").GetInt32());
        Assert.Equal(1, second.GetProperty("feed").GetProperty("items_seen").GetInt64());
        var requests = site.RequestsTo("/rss").ToList();
        Assert.Equal(2, requests.Count);
        Assert.False(requests[0].Headers.ContainsKey("If-None-Match"));
        Assert.Equal("\"v1\"", requests[1].Headers["If-None-Match"]);
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Poll_ItemWithOnlyASummary_ReadsTheStoryFromItsPage(StoreKind store)
    {
        await using var site = await FeedServer.StartAsync();
        var link = site.Url("/world/odesa-missiles");
        site.Serve("/rss", FeedXml.RssType, FeedXml.Rss("News", new Story("Missiles on Odesa", link, FeedTexts.Published, Content: null, Summary: "Officials report an attack.")));
        site.Serve("/world/odesa-missiles", "text/html; charset=utf-8", FeedTexts.Page("Missiles on Odesa", FeedTexts.OdesaStrike));
        await using var server = await ServerFactory.CreateAsync(store, postGis, settings: LoopbackFeeds());
        using var client = server.CreateClient();

        var poll = await PollAsync(client, await FollowAsync(client, site.Url("/rss")));

        Assert.Equal(1, poll.GetProperty("articles_created").GetInt32());
        Assert.Single(site.RequestsTo("/world/odesa-missiles"));
        var strike = Assert.Single(await IncidentsOfAsync(client, link));
        Assert.Equal("missile_attack", Json.Subtype(strike));
        var summary = strike.GetProperty("properties").GetProperty("summary").GetString()!;
        Assert.StartsWith("Russian missiles struck Odesa", summary, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task DeleteFeed_StopsFollowingItAndKeepsItsArticles(StoreKind store)
    {
        await using var site = await FeedServer.StartAsync();
        var link = site.Url("/odesa");
        site.Serve("/rss", FeedXml.RssType, FeedXml.Rss("News", new Story("Odesa", link, FeedTexts.Published, FeedTexts.OdesaStrike)));
        await using var server = await ServerFactory.CreateAsync(store, postGis, settings: LoopbackFeeds());
        using var client = server.CreateClient();
        var id = await FollowAsync(client, site.Url("/rss"));
        await PollAsync(client, id);

        using var deleted = await client.DeleteAsync(new Uri($"/api/feeds/{id}", UriKind.Relative), Ct);
        using var again = await client.DeleteAsync(new Uri($"/api/feeds/{id}", UriKind.Relative), Ct);
        using var get = await client.GetAsync(new Uri($"/api/feeds/{id}", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Single(await IncidentsOfAsync(client, link));
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Poll_SameStoryInTwoFeeds_IsOneArticleWithTwoSources(StoreKind store)
    {
        await using var site = await FeedServer.StartAsync();
        var first = site.Url("/a/kharkiv-strike?utm_source=rss");
        var second = site.Url("/b/2025/09/16/drone-strike-kharkiv");
        site.Serve("/a/rss", FeedXml.RssType, FeedXml.Rss("Outlet A", new Story("Drone strike on Kharkiv", first, FeedTexts.Published, FeedTexts.KharkivStrike)));
        site.Serve("/b/feed", FeedXml.AtomType, FeedXml.Atom("Outlet B",
            new Story("Two killed in Kharkiv", second, FeedTexts.Published.AddHours(1), FeedTexts.KharkivStrikeEdited),
            // The same copy as the first feed's, linked without the tracking parameter: the same copy, no new source.
            new Story("Drone strike on Kharkiv", site.Url("/a/kharkiv-strike"), FeedTexts.Published, FeedTexts.KharkivStrike)));
        await using var server = await ServerFactory.CreateAsync(store, postGis, settings: LoopbackFeeds());
        using var client = server.CreateClient();
        var a = await FollowAsync(client, site.Url("/a/rss"));
        var b = await FollowAsync(client, site.Url("/b/feed"));

        var pollA = await PollAsync(client, a);
        var pollB = await PollAsync(client, b);

        Assert.Equal(1, pollA.GetProperty("articles_created").GetInt32());
        Assert.Equal(0, pollB.GetProperty("articles_created").GetInt32());
        Assert.Equal(2, pollB.GetProperty("duplicates").GetInt32());
        Assert.Equal(2, pollB.GetProperty("feed").GetProperty("items_seen").GetInt64());
        var strike = Assert.Single(await IncidentsOfAsync(client, first));
        Assert.Empty(await IncidentsOfAsync(client, second));
        var articleId = strike.GetProperty("properties").GetProperty("article_id").GetInt64();
        using var article = await client.GetAsync(new Uri($"/api/articles/{articleId}", UriKind.Relative), Ct);
        var sources = (await Json.ReadAsync(article)).GetProperty("sources").EnumerateArray().ToList();
        Assert.Equal(["Outlet A", "Outlet B"], sources.Select(x => x.GetProperty("outlet").GetString()));
        Assert.Equal([first, second], sources.Select(x => x.GetProperty("url").GetString()));
        Assert.Equal(["Drone strike on Kharkiv", "Two killed in Kharkiv"], sources.Select(x => x.GetProperty("title").GetString()));
        Assert.Equal(FeedTexts.Published.AddHours(1), sources[1].GetProperty("published").GetDateTimeOffset());
    }
}
