using IncidentMap.Server.Storage;
using NetTopologySuite.Geometries;

namespace IncidentMap.Server.Tests.Storage;

public abstract partial class IncidentStoreContract
{
    /// <summary>Drops every event and every incident's event, as a store from before events would have it.</summary>
    protected abstract Task ForgetEventsAsync();

    /// <summary>The events, described by what they hold rather than by their ids (which depend on order).</summary>
    private async Task<List<string>> EventsAsync()
    {
        var events = await Store.QueryEventsAsync(new IncidentFilter { Limit = 1000 }, Token);
        Assert.Equal(events.NumberMatched, events.Items.Count);
        return [.. events.Items.Select(e =>
                $"{string.Join(" + ", e.Incidents.Select(i => i.Summary).Order(StringComparer.Ordinal))} @ {e.PlaceName} {e.Location?.Y:0.####},{e.Location?.X:0.####} geo {e.GeoPrecision} on {e.Date:yyyy-MM-dd} ({e.DatePrecision}) {e.Subtype}, {e.Reports} reports from {string.Join(",", e.Sources.Select(s => s.Outlet).Order(StringComparer.Ordinal))}")
            .Order(StringComparer.Ordinal)];
    }

    [Fact]
    public async Task Events_ThreeOutletsReportingOneStrike_AreOneEventWithThreeReports()
    {
        var reports = EventTestData.TwoHappenings();
        foreach (var report in reports.Take(3)) await AddAsync(report);

        var events = await Store.QueryEventsAsync(new IncidentFilter(), Token);

        var e = Assert.Single(events.Items);
        Assert.Equal(3, e.Reports);
        Assert.Equal(["Outlet A", "Outlet B", "Outlet C"], e.Sources.Select(s => s.Outlet).Order());
        Assert.Equal(3, e.Incidents.Count);
        Assert.Equal(("Warsaw", 1, new DateOnly(2025, 10, 1)), (e.PlaceName, e.GeoPrecision, e.Date));
        Assert.Equal(new Coordinate(21.0118, 52.2298), e.Location!.Coordinate);
        Assert.Equal("drone_shot_down", e.Subtype);
        var incidents = await Store.QueryIncidentsAsync(new IncidentFilter(), Token);
        Assert.All(incidents.Items, i => Assert.Equal(e.Id, i.EventId));
    }

    [Fact]
    public async Task Events_AnyOrderOfTheSameArticles_GivesTheSameEvents()
    {
        var reports = EventTestData.TwoHappenings();
        string[]? expected = null;
        var random = new Random(11);
        var orders = new List<int[]> { new[] { 0, 1, 2, 3, 4, 5 }, new[] { 5, 4, 3, 2, 1, 0 }, new[] { 2, 5, 0, 4, 1, 3 } };
        for (var k = 0; k < 5; k++) orders.Add([.. Enumerable.Range(0, 6).OrderBy(_ => random.Next())]);
        foreach (var order in orders)
        {
            foreach (var i in order) await AddAsync(reports[i]);
            var events = await EventsAsync();
            expected ??= [.. events];
            Assert.Equal(expected, events);
            // Deleting every article regroups what is left each time, and leaves no event behind.
            foreach (var article in (await Store.QueryIncidentsAsync(new IncidentFilter { Limit = 1000 }, Token)).Items.Select(i => i.Article.Id).Distinct())
                Assert.True(await Store.DeleteArticleAsync(article, Token));
            Assert.Empty(await EventsAsync());
        }
        Assert.Equal(2, expected!.Length);
        Assert.Contains(expected, e => e.Contains("4 reports from Outlet A,Outlet B,Outlet C,Outlet F", StringComparison.Ordinal)
            && e.Contains("@ Warsaw 52.2298,21.0118 geo 1 on 2025-10-01 (Day)", StringComparison.Ordinal));
        Assert.Contains(expected, e => e.Contains("2 reports from Outlet D,Outlet E", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AddArticles_OneBatch_GivesTheEventsOfTheSameArticlesOneByOne()
    {
        var reports = EventTestData.TwoHappenings();
        foreach (var report in reports) await AddAsync(report);
        var oneByOne = await EventsAsync();
        foreach (var article in (await Store.QueryIncidentsAsync(new IncidentFilter { Limit = 1000 }, Token)).Items.Select(i => i.Article.Id).Distinct())
            Assert.True(await Store.DeleteArticleAsync(article, Token));

        var results = await Store.AddArticlesAsync([.. reports.AsEnumerable().Reverse().Select(r => new ParsedArticle(r.Item1, r.Item2))], Token);

        // One of the six is another outlet's copy of a story: whichever comes later is the copy.
        Assert.Equal(5, results.Count(r => r.Created));
        Assert.Equal(oneByOne, await EventsAsync());
        Assert.Equal(2, results.Sum(r => r.EventsCreated));
        var events = (await Store.QueryEventsAsync(new IncidentFilter(), Token)).Items.Select(e => e.Id).ToHashSet();
        Assert.All(results.SelectMany(r => r.Incidents), i => Assert.Contains(i.EventId!.Value, events));
    }

    [Fact]
    public async Task Events_AMorePreciseReport_SharpensTheEventsPlaceAndDate()
    {
        var reports = EventTestData.TwoHappenings();
        await AddAsync(reports[2]);
        var vague = Assert.Single((await Store.QueryEventsAsync(new IncidentFilter(), Token)).Items);

        await AddAsync(reports[0]);

        var sharp = Assert.Single((await Store.QueryEventsAsync(new IncidentFilter(), Token)).Items);
        Assert.Equal(vague.Id, sharp.Id);
        Assert.Equal((3, DateOnly.Parse("2025-09-29", System.Globalization.CultureInfo.InvariantCulture)), (vague.GeoPrecision, vague.Date));
        Assert.Equal(("Warsaw", 1, EventTestData.Wednesday), (sharp.PlaceName, sharp.GeoPrecision, sharp.Date));
        Assert.True(sharp.UpdatedAt >= vague.UpdatedAt);
        Assert.Equal(vague.FirstSeen, sharp.FirstSeen);
    }

    [Fact]
    public async Task Events_ChangesAreLoggedForLiveClients()
    {
        var reports = EventTestData.TwoHappenings();
        var start = await Store.LastEventChangeIdAsync(Token);
        var first = await AddAsync(reports[0]);
        var eventId = first.Incidents[0].EventId!.Value;
        var created = await Store.ReadEventChangesAsync(start, 100, Token);
        await AddAsync(reports[5]);
        var copied = await Store.ReadEventChangesAsync(created[^1].Id, 100, Token);
        await Store.DeleteArticleAsync(first.Article.Id, Token);
        var removed = await Store.ReadEventChangesAsync(copied[^1].Id, 100, Token);

        Assert.Equal([(eventId, false)], created.Select(c => (c.EventId, c.Removed)));
        Assert.Equal([(eventId, false)], copied.Select(c => (c.EventId, c.Removed)));
        Assert.Equal([(eventId, true)], removed.Select(c => (c.EventId, c.Removed)));
        Assert.Equal(removed[^1].Id, await Store.LastEventChangeIdAsync(Token));
        Assert.True(created[0].Id < copied[0].Id && copied[0].Id < removed[0].Id);
        await Store.PruneEventChangesAsync(DateTimeOffset.UtcNow.AddMinutes(1), Token);
        Assert.Empty(await Store.ReadEventChangesAsync(0, 100, Token));
    }

    [Fact]
    public async Task Events_FiltersAndPages()
    {
        foreach (var report in EventTestData.TwoHappenings()) await AddAsync(report);
        var troops = (await Store.QueryIncidentsAsync(new IncidentFilter { Types = ["troop_deployment"] }, Token)).Items[0];

        async Task<IReadOnlyList<string>> Subtypes(IncidentFilter filter) =>
            [.. (await Store.QueryEventsAsync(filter, Token)).Items.Select(e => e.Subtype)];

        Assert.Equal(["drone_shot_down"], await Subtypes(new IncidentFilter { Bbox = new Envelope(20, 22, 52, 53) }));
        Assert.Equal(["troop_deployment"], await Subtypes(new IncidentFilter { Types = ["strategic_developments"] }));
        Assert.Equal(["troop_deployment"], await Subtypes(new IncidentFilter { ArticleId = troops.Article.Id }));
        Assert.Equal(2, (await Subtypes(new IncidentFilter { Country = "POL" })).Count);
        Assert.Empty(await Subtypes(new IncidentFilter { Country = "BLR" }));
        Assert.Empty(await Subtypes(new IncidentFilter { From = new DateTimeOffset(2025, 10, 2, 0, 0, 0, TimeSpan.Zero) }));
        var page = await Store.QueryEventsAsync(new IncidentFilter { Limit = 1, Offset = 1 }, Token);
        Assert.Equal((2, 1), (page.NumberMatched, page.Items.Count));
        var extent = await Store.GetExtentAsync(ExtentOf.Events, Token);
        Assert.Equal((EventTestData.Wednesday, EventTestData.Wednesday), (extent.First, extent.Last));
        Assert.Equal(new Envelope(21.0118, 23.1166, 52.0324, 52.2298), extent.Box);
        var byId = await Store.GetEventsAsync([troops.EventId!.Value, 987654], Token);
        Assert.Equal([troops.EventId!.Value], byId.Select(e => e.Id));
    }

    [Fact]
    public async Task Events_IncidentsStoredBeforeEvents_AreGroupedLater()
    {
        foreach (var report in EventTestData.TwoHappenings()) await AddAsync(report);
        var expected = await EventsAsync();
        await ForgetEventsAsync();
        Replace(await ReopenAsync(Store));
        Assert.Empty(await EventsAsync());

        var grouped = 0;
        int batch;
        while ((batch = await Store.GroupUngroupedAsync(2, Token)) > 0) grouped += batch;

        // Five articles: the sixth report is a copy of the first, a source rather than an article.
        Assert.Equal(5, grouped);
        Assert.Equal(expected, await EventsAsync());
        Replace(await ReopenAsync(Store));
        Assert.Equal(expected, await EventsAsync());
    }
}
