using IncidentMap.Geoparsing;
using IncidentMap.Geoparsing.Parsing;
using IncidentMap.Geoparsing.Places;
using IncidentMap.Server.Storage;
using IncidentMap.Server.Tests.Api;
using NetTopologySuite.Geometries;

namespace IncidentMap.Server.Tests.Storage;

public abstract partial class IncidentStoreContract
{
    private static readonly GeoBox?[] _boxes =
    [
        null,
        new(14, 49, 33, 56),
        // Edges on cell boundaries of the zoom-4 and zoom-8 grids, and on incidents placed there.
        new(ClusterGrid.LonOf(556, 8), ClusterGrid.LatOf(341, 8), ClusterGrid.LonOf(600, 8), ClusterGrid.LatOf(320, 8)),
        new(ClusterGrid.LonOf(35, 4), 50.0, ClusterGrid.LonOf(37, 4), ClusterGrid.LatOf(20, 4)),
        new(23.5, 52.0, 24.0, 52.4),
        new(170, 40, -170, 60),
    ];

    private static readonly IncidentFilter[] _filters =
    [
        new(),
        new() { Types = [IncidentTypes.Battles] },
        new() { Types = ["troop_deployment", IncidentTypes.ProtestsRiots] },
        new() { Country = "BLR" },
        new() { From = Day(2024, 3, 5), To = Day(2024, 11, 20) },
        new() { From = Day(2024, 6, 1), Types = [IncidentTypes.AirspaceIncidents] },
        new() { To = Day(2024, 9, 30), Country = "POL" },
    ];

    [Fact]
    public async Task Clusters_CountPerCellAndTypeExactlyTheIncidentsTheLayerMatches_AtEveryZoomBoxAndFilter()
    {
        await AddAsync(StoreTestData.Seed());
        for (var n = 0; n < 3; n++) await AddAsync(Scattered(n, 400));

        foreach (var box in _boxes)
        {
            foreach (var baseFilter in _filters)
            {
                var filter = baseFilter with { Bbox = box, Limit = int.MaxValue };
                var located = (await Store.QueryIncidentsAsync(filter, Token)).Items.Where(i => i.Location is not null).ToList();
                Assert.True(box is not null || located.Count > 20, $"{filter}");
                foreach (var zoom in new[] { 2, 4, 5, 8, 11 })
                {
                    var clusters = await Store.ClusterIncidentsAsync(filter, zoom, Token);
                    var expected = located.GroupBy(i => ClusterGrid.Cell(i.Location!.X, i.Location.Y, zoom))
                        .ToDictionary(c => c.Key, c => c.GroupBy(i => i.Type).ToDictionary(t => t.Key, t => (long)t.Count()));
                    // The box's north-west corner is made of incident coordinates, so it lies in the cell whatever the rounding.
                    var actual = clusters.ToDictionary(c => ClusterGrid.Cell(c.Bounds.MinX, c.Bounds.MaxY, zoom), c => c.Types.Where(t => t.Value > 0).ToDictionary());
                    Assert.True(expected.Count == clusters.Count, $"{expected.Count} cells expected, {clusters.Count} counted at zoom {zoom} for {filter}: "
                        + string.Join("; ", clusters.Select(c => $"{c.Count} at {c.Lon},{c.Lat} in {c.Bounds}")) + " expected " + string.Join("; ", expected.Keys));
                    foreach (var (cell, types) in expected)
                    {
                        Assert.True(actual.TryGetValue(cell, out var got), $"cell {cell} at zoom {zoom} for {filter}");
                        Assert.Equal(types.OrderBy(t => t.Key), got.OrderBy(t => t.Key));
                    }
                    foreach (var cluster in clusters)
                    {
                        Assert.Equal(cluster.Count, cluster.Types.Values.Sum());
                        Assert.InRange(cluster.Lon, cluster.Bounds.MinX - 1e-9, cluster.Bounds.MaxX + 1e-9);
                        Assert.InRange(cluster.Lat, cluster.Bounds.MinY - 1e-9, cluster.Bounds.MaxY + 1e-9);
                    }
                }
                var timeline = await Store.CountByDayAsync(filter, Token);
                var days = located.Where(i => i.Date is not null).GroupBy(i => i.Date!.Value).OrderBy(d => d.Key).Select(d => new DayCount(d.Key, d.Count()));
                Assert.Equal(days, timeline);
            }
        }
    }

    [Fact]
    public async Task Clusters_AndTimeline_ForgetADeletedArticlesIncidents()
    {
        var kept = await AddAsync(Scattered(10, 300));
        var deleted = await AddAsync(Scattered(11, 300));
        var filter = new IncidentFilter { Bbox = new GeoBox(14, 49, 33, 56), Limit = int.MaxValue };
        var before = (await Store.ClusterIncidentsAsync(filter, 4, Token)).Sum(c => c.Count);

        Assert.True(await Store.DeleteArticleAsync(deleted.Article.Id, Token));

        var inBox = kept.Incidents.Count(i => i.Location is { } p && filter.Bbox!.Covers(p.X, p.Y));
        Assert.True(before > inBox, $"{before} before, {inBox} kept");
        Assert.Equal(inBox, (await Store.ClusterIncidentsAsync(filter, 4, Token)).Sum(c => c.Count));
        Assert.Equal(kept.Incidents.Count(i => i.Location is not null), (await Store.ClusterIncidentsAsync(new IncidentFilter(), 3, Token)).Sum(c => c.Count));
        Assert.Equal(kept.Incidents.Count(i => i.Location is not null && i.Date is not null),
            (await Store.CountByDayAsync(new IncidentFilter(), Token)).Sum(d => d.Count));
    }

    private static DateTimeOffset Day(int year, int month, int day) => new(year, month, day, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Incidents at places of their own scattered over Central and Eastern Europe, a tenth of them on the
    /// zoom-8 grid's column edges and a metre from its row edges (whose latitude the two stores' math libraries may
    /// round either way; a metre is also past PostGIS's single-precision index boxes), a tenth undated, of every subtype, in Poland or Belarus.</summary>
    protected static (NewArticle Article, GeoparseResult Parse) Scattered(int number, int count)
    {
        var random = new Random(number);
        return SyntheticIncidents.Report("Scattered", number, count, i =>
        {
            var (lon, lat) = i % 10 == 0
                ? (ClusterGrid.LonOf(random.Next(550, 610), 8), ClusterGrid.LatOf(random.Next(315, 345), 8) + (random.Next(2) == 0 ? 1e-5 : -1e-5))
                : (Math.Round(12 + random.NextDouble() * 24, 4), Math.Round(47 + random.NextDouble() * 11, 4));
            var name = $"Place {number}-{i}";
            var place = new Place(GeometryFactories.Wgs84.CreatePoint(new Coordinate(lon, lat)))
            {
                Id = $"city:{number}-{i}",
                Kind = PlaceKind.City,
                Name = name,
                Names = [name],
                Code = $"{number}-{i}",
                CountryCode = random.Next(3) == 0 ? "BLR" : "POL",
                Lat = lat,
                Lon = lon,
                Neighbours = [],
            };
            var (type, subtype) = SyntheticIncidents.Subtypes[random.Next(SyntheticIncidents.Subtypes.Length)];
            DateOnly? date = i % 10 == 5 ? null : new DateOnly(2024, 1, 1).AddDays(random.Next(731));
            return new SyntheticIncident(place, 1, type, subtype, date);
        });
    }
}
