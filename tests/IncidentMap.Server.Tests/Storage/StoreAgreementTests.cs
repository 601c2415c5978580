using System.Globalization;
using System.Text;
using IncidentMap.Geoparsing;
using IncidentMap.Geoparsing.Parsing;
using IncidentMap.Geoparsing.Places;
using IncidentMap.Server.Storage;
using IncidentMap.Server.Storage.Embedded;
using NetTopologySuite.IO;

namespace IncidentMap.Server.Tests.Storage;

/// <summary>The embedded store must measure like PostGIS geography: the same incidents, distances within 0.5 %.</summary>
public sealed class StoreAgreementTests(PostGisDatabase database) : IAsyncDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("incidentmap-agree-").FullName;

    [Fact]
    public async Task NearBorder_EmbeddedDistancesMatchPostGisWithinHalfAPercent()
    {
        var token = TestContext.Current.CancellationToken;
        var (article, parse) = Scatter();
        var postgis = PostGisIncidentStoreTests.Create(await database.CreateDatabaseAsync(token));
        await using var embedded = new EmbeddedIncidentStore(_directory);
        foreach (var store in new[] { postgis, embedded })
        {
            await store.InitializeAsync(StoreTestData.Gazetteer, token);
            await store.AddArticleAsync(article, parse, token);
        }

        // From the outlines and from the points, up to the widest border zone: both stores must agree.
        foreach (var (km, byPoint) in new[] { (50.0, false), (NearBorderQuery.MaxKm, false), (NearBorderQuery.MaxKm, true) })
        {
            var expected = await NearAsync(postgis, km, byPoint, token);
            var actual = await NearAsync(embedded, km, byPoint, token);
            Assert.True(expected.Count > 10, $"only {expected.Count} incidents within {km} km");
            Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
            foreach (var (summary, distance) in expected)
            {
                var tolerance = Math.Max(distance * 0.005, 0.01);
                Assert.True(Math.Abs(actual[summary] - distance) <= tolerance, $"{summary}: embedded {actual[summary]:F3} km, PostGIS {distance:F3} km");
            }
        }
    }

    private static async Task<Dictionary<string, double>> NearAsync(IIncidentStore store, double km, bool byPoint, CancellationToken token)
    {
        var near = await store.QueryNearBorderAsync(new NearBorderQuery("border:BLR-POL", km, null, new IncidentFilter { Limit = 10_000 }, byPoint), token);
        return near!.Items.ToDictionary(n => n.Incident.Summary(), n => byPoint ? n.Distance.PointKm : n.Distance.OutlineKm);
    }

    /// <summary>Points on a grid around the border, small squares and short lines: one incident at each.</summary>
    private static (NewArticle, GeoparseResult) Scatter()
    {
        var wkt = new WKTReader(GeometryFactories.Wgs84.GeometryServices);
        var shapes = new List<(string Kind, string Wkt)>();
        for (var lon = 17.0; lon <= 30; lon += 0.7)
        {
            for (var lat = 49.0; lat <= 57; lat += 0.45)
            {
                var (x, y) = (lon.ToString(CultureInfo.InvariantCulture), lat.ToString(CultureInfo.InvariantCulture));
                var (x2, y2) = ((lon + 0.3).ToString(CultureInfo.InvariantCulture), (lat + 0.2).ToString(CultureInfo.InvariantCulture));
                shapes.Add(("point", $"POINT ({x} {y})"));
                if ((int)(lon * 10) % 3 == 0) shapes.Add(("square", $"POLYGON (({x} {y}, {x2} {y}, {x2} {y2}, {x} {y2}, {x} {y}))"));
                if ((int)(lat * 100) % 2 == 0) shapes.Add(("line", $"LINESTRING ({x} {y}, {x2} {y2})"));
            }
        }
        var text = new StringBuilder();
        var mentions = new List<PlaceMention>();
        var incidents = new List<Incident>();
        foreach (var (kind, shape) in shapes)
        {
            var geometry = wkt.Read(shape);
            var id = mentions.Count;
            var place = new Place(geometry)
            {
                Id = $"admin2:T.{id}",
                Kind = kind == "point" ? PlaceKind.City : PlaceKind.Admin2,
                Name = $"{kind} {id}",
                Lat = geometry.InteriorPoint.Y,
                Lon = geometry.InteriorPoint.X,
            };
            var sentence = $"Event {id} at {kind} {id}.";
            var start = text.Length;
            text.Append(sentence).Append(' ');
            var at = start + sentence.IndexOf(place.Name, StringComparison.Ordinal);
            mentions.Add(new PlaceMention(at, at + place.Name.Length, place.Name, place, MentionRole.Location, 1));
            incidents.Add(new Incident(IncidentTypes.Battles, "armed_clash", null, DatePrecision.Day, [id], 2,
                new TextSpan(start, start + sentence.Length), []));
        }
        return (new NewArticle { Title = "Scatter", Text = text.ToString() }, new GeoparseResult(null, mentions, incidents));
    }

    public ValueTask DisposeAsync()
    {
        Directory.Delete(_directory, recursive: true);
        return ValueTask.CompletedTask;
    }
}
