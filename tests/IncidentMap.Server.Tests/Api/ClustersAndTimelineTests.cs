using System.Net;
using System.Text.Json;
using IncidentMap.Server.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentMap.Server.Tests.Api;

public sealed class ClustersAndTimelineTests(PostGisDatabase postGis)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Clusters_CountExactlyTheIncidentsTheLayerMatches(StoreKind store)
    {
        await using var server = await ServerFactory.CreateAsync(store, postGis);
        using var client = server.CreateClient();
        await FillAsync(server, client);

        foreach (var (query, zoom) in new[] { ("bbox=14,49,33,56", 4), ("bbox=14,49,33,56&type=battles", 6), ("bbox=14,49,33,56&datetime=2025-01-01/2025-06-30", 9), ("country=BLR", 3) })
        {
            var clusters = await Json.ReadAsync(await client.GetAsync(new Uri($"/api/layers/clusters?zoom={zoom}&{query}", UriKind.Relative), Ct));
            var layer = await Json.ReadAsync(await client.GetAsync(new Uri($"/api/layers/incidents?limit=10000&{query}", UriKind.Relative), Ct));
            var located = Json.Features(layer).Where(f => f.GetProperty("geometry").ValueKind == JsonValueKind.Object).ToList();
            var cells = Json.Features(clusters).ToList();

            Assert.True(located.Count > 0, query);
            Assert.Equal(located.Count, cells.Sum(c => c.GetProperty("properties").GetProperty("count").GetInt64()));
            Assert.Equal(located.Count, clusters.GetProperty("numberMatched").GetInt64());
            foreach (var type in located.GroupBy(f => f.GetProperty("properties").GetProperty("type").GetString()!))
                Assert.Equal(type.Count(), clusters.GetProperty("types").GetProperty(type.Key).GetInt64());
            // Every incident lies in the bounds of one cluster, and a cluster sits inside its bounds.
            foreach (var cell in cells)
            {
                var b = cell.GetProperty("properties").GetProperty("bounds").EnumerateArray().Select(v => v.GetDouble()).ToArray();
                var c = cell.GetProperty("geometry").GetProperty("coordinates");
                Assert.InRange(c[0].GetDouble(), b[0] - 1e-6, b[2] + 1e-6);
                Assert.InRange(c[1].GetDouble(), b[1] - 1e-6, b[3] + 1e-6);
            }
        }
        var finer = Json.Features(await Json.ReadAsync(await client.GetAsync(new Uri("/api/layers/clusters?zoom=10&bbox=14,49,33,56", UriKind.Relative), Ct))).Count();
        var coarser = Json.Features(await Json.ReadAsync(await client.GetAsync(new Uri("/api/layers/clusters?zoom=3&bbox=14,49,33,56", UriKind.Relative), Ct))).Count();
        Assert.True(finer > coarser, $"{finer} cells at zoom 10, {coarser} at zoom 3");
        using var noZoom = await client.GetAsync(new Uri("/api/layers/clusters?bbox=14,49,33,56", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, noZoom.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Timeline_CountsTheFilteredIncidentsPerDayWeekOrMonth(StoreKind store)
    {
        await using var server = await ServerFactory.CreateAsync(store, postGis);
        using var client = server.CreateClient();
        await FillAsync(server, client);

        foreach (var (query, interval) in new[] { ("", "week"), ("type=battles&bbox=14,49,33,56", "week"), ("datetime=2025-03-01/2025-03-31", "day") })
        {
            var timeline = await Json.ReadAsync(await client.GetAsync(new Uri($"/api/stats/timeline?{query}", UriKind.Relative), Ct));
            var layer = await Json.ReadAsync(await client.GetAsync(new Uri($"/api/layers/incidents?limit=10000&{query}", UriKind.Relative), Ct));
            // The timeline counts located incidents, as the map draws them.
            var dates = Json.Features(layer).Where(f => f.GetProperty("geometry").ValueKind == JsonValueKind.Object)
                .Select(f => f.GetProperty("properties").GetProperty("date"))
                .Where(d => d.ValueKind == JsonValueKind.String).Select(d => DateOnly.Parse(d.GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            var buckets = timeline.GetProperty("buckets").EnumerateArray()
                .Select(b => (Start: DateOnly.Parse(b.GetProperty("start").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
                    End: DateOnly.Parse(b.GetProperty("end").GetString()!, System.Globalization.CultureInfo.InvariantCulture), Count: b.GetProperty("count").GetInt64())).ToList();

            Assert.Equal(interval, timeline.GetProperty("interval").GetString());
            Assert.Equal(dates.Count, timeline.GetProperty("total").GetInt64());
            Assert.Equal(dates.Count, buckets.Sum(b => b.Count));
            foreach (var bucket in buckets) Assert.Equal(dates.Count(d => d >= bucket.Start && d <= bucket.End), bucket.Count);
            Assert.All(buckets.Zip(buckets.Skip(1)), pair => Assert.Equal(pair.First.End.AddDays(1), pair.Second.Start));
        }
    }

    /// <summary>The seed and 2,000 incidents at towns in Poland and Belarus over 2024–2025.</summary>
    private static async Task FillAsync(ServerFactory server, HttpClient client)
    {
        using var ready = await client.GetAsync(new Uri("/api/layers/incidents?limit=1", UriKind.Relative), Ct);
        var store = server.Services.GetRequiredService<IIncidentStore>();
        for (var n = 0; n < 4; n++)
        {
            var (article, parse) = SyntheticIncidents.Article(SharedGazetteer.Get(), 1000 + n, 500);
            await store.AddArticleAsync(article, parse, Ct);
        }
    }
}
