using IncidentMap.Geoparsing.Parsing;
using IncidentMap.Geoparsing.Places;
using IncidentMap.Server.Storage;
using NetTopologySuite.Geometries;

namespace IncidentMap.Server.Tests.Storage;

public abstract partial class IncidentStoreContract
{
    [Fact]
    public async Task QueryIncidents_Bbox_KeepsPointsInsideTheBoxEdgesIncluded()
    {
        await AddAsync(StoreTestData.Seed());
        await AddAsync(StoreTestData.Second());

        var east = await Store.QueryIncidentsAsync(new IncidentFilter { Bbox = new Envelope(22, 27, 51, 55) }, Token);
        Assert.Equal(["military_exercise", "troop_deployment"], east.Items.Select(i => i.Subtype).Order());
        var edge = await Store.QueryIncidentsAsync(new IncidentFilter { Bbox = new Envelope(21.0118, 21.5, 52.2298, 53) }, Token);
        Assert.Equal("drone_shot_down", Assert.Single(edge.Items).Subtype);
    }

    [Fact]
    public async Task QueryIncidents_DatetimeInterval_WithOpenEnds()
    {
        await AddAsync(StoreTestData.Seed());
        await AddAsync(StoreTestData.Second());
        static DateTimeOffset Day(int month, int day) => new(2025, month, day, 0, 0, 0, TimeSpan.Zero);

        var closed = await Store.QueryIncidentsAsync(new IncidentFilter { From = Day(9, 11), To = Day(10, 1) }, Token);
        Assert.Equal(["drone_shot_down", "military_exercise", "troop_deployment"], closed.Items.Select(i => i.Subtype).Order());
        var openStart = await Store.QueryIncidentsAsync(new IncidentFilter { To = Day(9, 10).AddHours(23) }, Token);
        Assert.Equal(["airspace_violation", "territory_captured"], openStart.Items.Select(i => i.Subtype).Order());
        var openEnd = await Store.QueryIncidentsAsync(new IncidentFilter { From = Day(10, 2) }, Token);
        Assert.Equal("naval_deployment", Assert.Single(openEnd.Items).Subtype);
    }

    [Fact]
    public async Task QueryIncidents_TypeMatchesTypeOrSubtype()
    {
        await AddAsync(StoreTestData.Seed());
        await AddAsync(StoreTestData.Second());

        var airspace = await Store.QueryIncidentsAsync(new IncidentFilter { Types = [IncidentTypes.AirspaceIncidents] }, Token);
        Assert.Equal(["airspace_violation", "drone_shot_down"], airspace.Items.Select(i => i.Subtype).Order());
        var mixed = await Store.QueryIncidentsAsync(new IncidentFilter { Types = ["military_exercise", IncidentTypes.Battles] }, Token);
        Assert.Equal(["military_exercise", "territory_captured"], mixed.Items.Select(i => i.Subtype).Order());
    }

    [Fact]
    public async Task QueryIncidents_CountryAndArticle()
    {
        var seed = await AddAsync(StoreTestData.Seed());
        await AddAsync(StoreTestData.Second());

        var poland = await Store.QueryIncidentsAsync(new IncidentFilter { Country = "POL" }, Token);
        Assert.Equal(["airspace_violation", "drone_shot_down", "troop_deployment"], poland.Items.Select(i => i.Subtype).Order());
        var belarus = await Store.QueryIncidentsAsync(new IncidentFilter { Country = "BLR" }, Token);
        Assert.Equal("military_exercise", Assert.Single(belarus.Items).Subtype);
        var article = await Store.QueryIncidentsAsync(new IncidentFilter { ArticleId = seed.Article.Id, Country = "POL" }, Token);
        Assert.Equal(2, article.NumberMatched);
    }

    [Fact]
    public async Task QueryIncidents_Paging_CoversEveryMatchOnceInAStableOrder()
    {
        var seed = await AddAsync(StoreTestData.Seed());
        var second = await AddAsync(StoreTestData.Second());

        var pages = new List<StoredIncident>();
        for (var offset = 0; offset < 10; offset += 3)
        {
            var page = await Store.QueryIncidentsAsync(new IncidentFilter { Limit = 3, Offset = offset }, Token);
            Assert.Equal(7, page.NumberMatched);
            pages.AddRange(page.Items);
        }
        // Newest article first, each article's incidents in text order.
        Assert.Equal(second.Incidents.Concat(seed.Incidents).Select(i => i.Id), pages.Select(i => i.Id));
    }

    [Fact]
    public async Task QueryAreas_CountsIncidentsPerPolygonAndFollowsFilters()
    {
        await AddAsync(StoreTestData.Seed());
        await AddAsync(StoreTestData.Second());

        var all = await Store.QueryAreasAsync(new IncidentFilter(), Token);
        Assert.Equal(["admin1:BY-HR", "admin1:UA-12", "airspace:POL", "sea:Baltic Sea"], all.Items.Select(a => a.Id));
        Assert.All(all.Items, a => Assert.Equal(1, a.IncidentCount));
        Assert.All(all.Items, a => Assert.Equal(KindOf(a.Id), a.Kind));
        Assert.IsType<Polygon>(all.Items[0].Geometry);
        Assert.Equal(4, all.NumberMatched);

        var battles = await Store.QueryAreasAsync(new IncidentFilter { Types = [IncidentTypes.Battles] }, Token);
        Assert.Equal("admin1:UA-12", Assert.Single(battles.Items).Id);
        Assert.Null(await Store.GetAreaAsync("city:776069", Token));
        Assert.Equal("Grodno", (await Store.GetAreaAsync("admin1:BY-HR", Token))?.Name);
    }

    [Fact]
    public async Task Extent_IsEmptyWithoutIncidents_ThenTheBoxAndDatesOfWhatIsStored()
    {
        var empty = await Store.GetExtentAsync(ExtentOf.Incidents, Token);
        Assert.Equal((null, null, null), (empty.Box, empty.First, empty.Last));

        await AddAsync(StoreTestData.Seed());
        await AddAsync(StoreTestData.Second());

        var incidents = await Store.GetExtentAsync(ExtentOf.Incidents, Token);
        // Points: Biała Podlaska, Warsaw and the area points; dates 2025-09-10 to 2025-10-02.
        Assert.NotNull(incidents.Box);
        Assert.True(incidents.Box.Contains(23.1166, 52.0324) && incidents.Box.Contains(21.0118, 52.2298));
        Assert.Equal((new DateOnly(2025, 9, 10), new DateOnly(2025, 10, 2)), (incidents.First, incidents.Last));
        var areas = await Store.GetExtentAsync(ExtentOf.Areas, Token);
        // The Dnipropetrovsk region reaches 36.3° E and the Baltic Sea 59° N.
        Assert.Equal((36.3, 59.0), (areas.Box!.MaxX, areas.Box.MaxY));
        var borders = await Store.GetExtentAsync(ExtentOf.Borders, Token);
        Assert.Equal(new NetTopologySuite.Geometries.Envelope(23.5, 23.9, 52.1, 53.9), borders.Box);
        Assert.Null(borders.First);
    }

    [Fact]
    public async Task BorderTheGazetteerDropped_IsNoLongerListed_AndComesBackMeasured()
    {
        var (article, parse) = StoreTestData.Seed();
        await Store.AddArticleAsync(article, parse, Token);
        var withoutBorder = new Gazetteer(StoreTestData.Gazetteer.Places.Where(p => p.Kind != PlaceKind.Border));

        Replace(await ReopenAsync(Store, withoutBorder));

        Assert.Empty((await Store.QueryBordersAsync(new BorderFilter(), Token)).Items);
        Assert.Null(await Store.GetBorderAsync("border:BLR-POL", Token));
        Assert.Null(await Store.QueryNearBorderAsync(new NearBorderQuery("border:BLR-POL", 50, null, new IncidentFilter()), Token));
        Assert.Equal(5, (await Store.QueryIncidentsAsync(new IncidentFilter(), Token)).NumberMatched);

        Replace(await ReopenAsync(Store));

        Assert.Single((await Store.QueryBordersAsync(new BorderFilter(), Token)).Items);
        var near = await Store.QueryNearBorderAsync(new NearBorderQuery("border:BLR-POL", 50, null, new IncidentFilter()), Token);
        Assert.Contains(near!.Items, i => i.Incident.Subtype() == "troop_deployment");
    }

    [Fact]
    public async Task QueryBorders_ListsTheLineWithBothCountriesAndItsGeodesicLength()
    {
        var borders = await Store.QueryBordersAsync(new BorderFilter(), Token);
        var line = Assert.Single(borders.Items);
        Assert.Equal(("border:BLR-POL", "BLR", "Belarus", "POL", "Poland"), (line.Id, line.CountryA, line.NameA, line.CountryB, line.NameB));
        // Two segments, 69.8 km and 136.1 km by the haversine formula; the spheroid differs by well under 1 %.
        Assert.InRange(line.LengthKm, 205.8 * 0.99, 205.8 * 1.01);
        Assert.Empty((await Store.QueryBordersAsync(new BorderFilter { Country = "UKR" }, Token)).Items);
        Assert.Empty((await Store.QueryBordersAsync(new BorderFilter { Bbox = new Envelope(0, 10, 40, 45) }, Token)).Items);
        Assert.NotNull(await Store.GetBorderAsync("border:BLR-POL", Token));
        Assert.Null(await Store.GetBorderAsync("border:POL-UKR", Token));
    }

    [Fact]
    public async Task NearBorder_50Km_ReturnsTheDeploymentAndTheGrodnoDrillsButNotDnipropetrovsk()
    {
        await AddAsync(StoreTestData.Seed());
        await AddAsync(StoreTestData.Second());

        var near = await Store.QueryNearBorderAsync(new NearBorderQuery("border:BLR-POL", 50, null, new IncidentFilter()), Token);
        Assert.NotNull(near);
        Assert.Equal(["military_exercise", "airspace_violation", "troop_deployment"], near.Items.Select(n => n.Incident.Subtype()).OrderBy(s => s == "troop_deployment"));
        var troops = near.Items.Single(n => n.Incident.Subtype() == "troop_deployment");
        // Biała Podlaska lies about 34 km west of the line's southern end.
        Assert.InRange(troops.Distance.OutlineKm, 30, 38);
        Assert.Equal(troops.Distance.OutlineKm, troops.Distance.PointKm, 3);
        var drills = near.Items.Single(n => n.Incident.Subtype() == "military_exercise");
        // The Grodno region touches the border; its representative point lies well inside it.
        Assert.Equal(0, drills.Distance.OutlineKm, 3);
        Assert.True(drills.Distance.PointKm > 20, $"point distance {drills.Distance.PointKm} km");
        var byPoint = await Store.QueryNearBorderAsync(new NearBorderQuery("border:BLR-POL", 50, null, new IncidentFilter(), ByPoint: true), Token);
        Assert.All(byPoint!.Items, n => Assert.True(n.Distance.PointKm <= 50));
        Assert.Equal(byPoint.Items.Select(n => n.Distance.PointKm).Order(), byPoint.Items.Select(n => n.Distance.PointKm));

        var precise = await Store.QueryNearBorderAsync(new NearBorderQuery("border:BLR-POL", 50, 2, new IncidentFilter()), Token);
        Assert.DoesNotContain(precise!.Items, n => n.Incident.Subtype() == "airspace_violation");
        // Warsaw lies about 180 km from the line: beyond the widest border zone.
        var widest = await Store.QueryNearBorderAsync(new NearBorderQuery("border:BLR-POL", NearBorderQuery.MaxKm, null, new IncidentFilter()), Token);
        Assert.Equal(3, widest!.NumberMatched);
        Assert.DoesNotContain(widest.Items, n => n.Incident.Subtype() == "drone_shot_down");
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.QueryNearBorderAsync(new NearBorderQuery("border:BLR-POL", 250, null, new IncidentFilter()), Token));
        Assert.Null(await Store.QueryNearBorderAsync(new NearBorderQuery("border:POL-UKR", 50, null, new IncidentFilter()), Token));
    }

    [Fact]
    public async Task NearBorder_CursorPagesWalkEveryMatchOnceInDistanceOrderWithTheFirstPagesCount()
    {
        await AddAsync(StoreTestData.Seed());
        await AddAsync(StoreTestData.Second());
        foreach (var byPoint in new[] { false, true })
        {
            var all = await Store.QueryNearBorderAsync(new NearBorderQuery("border:BLR-POL", NearBorderQuery.MaxKm, null, new IncidentFilter(), byPoint), Token);
            Assert.InRange(all!.NumberMatched, 2, 3);

            var walked = new List<NearBorderIncident>();
            NearBorderCursor? after = null;
            for (var page = 0; page < 10; page++)
            {
                var next = await Store.QueryNearBorderAsync(
                    new NearBorderQuery("border:BLR-POL", NearBorderQuery.MaxKm, null, new IncidentFilter { Limit = 1 }, byPoint, after), Token);
                Assert.Equal(all.NumberMatched, next!.NumberMatched);
                if (next.Items.Count == 0) break;
                var last = Assert.Single(next.Items);
                walked.Add(last);
                // The count is carried, not taken again: a cursor claiming another count is answered with that count.
                after = new NearBorderCursor(last.Metres, last.Incident.Id, all.NumberMatched);
            }
            Assert.Equal(all.Items.Select(n => n.Incident.Id), walked.Select(n => n.Incident.Id));
            Assert.Equal(walked.Select(n => n.Metres).Order(), walked.Select(n => n.Metres));
            Assert.All(walked, n => Assert.Equal(byPoint ? n.Distance.PointKm : n.Distance.OutlineKm, n.Metres / 1000, 9));
            var carried = await Store.QueryNearBorderAsync(
                new NearBorderQuery("border:BLR-POL", NearBorderQuery.MaxKm, null, new IncidentFilter(), byPoint, new NearBorderCursor(walked[0].Metres, walked[0].Incident.Id, 7)), Token);
            Assert.Equal(7, carried!.NumberMatched);
            Assert.Equal(walked.Skip(1).Select(n => n.Incident.Id), carried.Items.Select(n => n.Incident.Id));
        }
    }
}
