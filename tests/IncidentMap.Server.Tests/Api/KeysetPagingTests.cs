using IncidentMap.Server.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentMap.Server.Tests.Api;

public sealed class KeysetPagingTests(PostGisDatabase postGis)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task NextLinks_Walk25000IncidentsWithNoDuplicateAndNoGap(StoreKind store)
    {
        await using var server = await ServerFactory.CreateAsync(store, postGis);
        using var client = server.CreateClient();
        var incidents = server.Services.GetRequiredService<IIncidentStore>();
        var gazetteer = SharedGazetteer.Get();
        // Wait for the seed, then add 50 articles of 500 incidents.
        var seeded = await Json.ReadAsync(await client.GetAsync(new Uri("/api/layers/incidents?limit=1", UriKind.Relative), Ct));
        for (var n = 0; n < 50; n++)
        {
            var (article, parse) = SyntheticIncidents.Article(gazetteer, n, 500);
            await incidents.AddArticleAsync(article, parse, Ct);
        }
        var expected = seeded.GetProperty("numberMatched").GetInt64() + 25_000;

        foreach (var start in new[] { "/ogc/collections/incidents/items?limit=1000", "/api/layers/incidents?limit=1000&offset=0" })
        {
            var ids = new List<long>();
            var lastOrder = (Article: long.MaxValue, Incident: long.MinValue);
            string? next = start;
            var pages = 0;
            while (next is not null)
            {
                var page = await Json.ReadAsync(await client.GetAsync(new Uri(next, UriKind.RelativeOrAbsolute), Ct));
                Assert.Equal(expected, page.GetProperty("numberMatched").GetInt64());
                foreach (var feature in Json.Features(page))
                {
                    var order = (feature.GetProperty("properties").GetProperty("article_id").GetInt64(), feature.GetProperty("id").GetInt64());
                    // Newest article first, then incident id: every feature comes strictly after the one before.
                    Assert.True(order.Item1 < lastOrder.Article || (order.Item1 == lastOrder.Article && order.Item2 > lastOrder.Incident), $"{order} after {lastOrder}");
                    lastOrder = order;
                    ids.Add(order.Item2);
                }
                next = page.GetProperty("links").EnumerateArray().Where(l => l.GetProperty("rel").GetString() == "next")
                    .Select(l => new Uri(l.GetProperty("href").GetString()!).PathAndQuery).FirstOrDefault();
                Assert.True(next is null || next.Contains("cursor=", StringComparison.Ordinal), next);
                pages++;
            }
            Assert.Equal(expected, ids.Count);
            Assert.Equal(ids.Count, ids.Distinct().Count());
            Assert.Equal((int)Math.Ceiling(expected / 1000.0), pages);
        }
    }
}
