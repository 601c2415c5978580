using System.Net;

namespace IncidentMap.Server.Tests.Api;

public sealed class NearBorderTests(PostGisDatabase postGis)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task NearBorder_ReturnsTroopDeploymentWithin50Km(StoreKind store)
    {
        await using var server = await ServerFactory.CreateAsync(store, postGis);
        using var client = server.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/incidents/near-border?a=POL&b=BLR&km=50", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var features = Json.Features(await Json.ReadAsync(response)).ToList();
        Assert.Contains(features, f => Json.Subtype(f) == "troop_deployment");
        Assert.Contains(features, f => Json.Subtype(f) == "military_exercise" && Json.PlaceIds(f).Contains("admin1:BY-HR"));
        Assert.DoesNotContain(features, f => Json.PlaceIds(f).Contains("admin1:UA-12"));
        Assert.All(features, f =>
        {
            var p = f.GetProperty("properties");
            Assert.InRange(p.GetProperty("distance_km").GetDouble(), 0, 50);
            Assert.True(p.TryGetProperty("geo_precision", out _));
        });
        var distances = features.Select(f => f.GetProperty("properties").GetProperty("distance_km").GetDouble()).ToList();
        Assert.Equal(distances.Order(), distances);
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task NearBorder_TakesNamesAndCodesInEitherOrder(StoreKind store)
    {
        await using var server = await ServerFactory.CreateAsync(store, postGis);
        using var client = server.CreateClient();
        async Task<List<long>> Ids(string query)
        {
            using var r = await client.GetAsync(new Uri("/api/incidents/near-border?" + query, UriKind.Relative), Ct);
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            return Json.Features(await Json.ReadAsync(r)).Select(f => f.GetProperty("id").GetInt64()).Order().ToList();
        }

        var byCode = await Ids("a=POL&b=BLR&km=50");
        Assert.NotEmpty(byCode);
        Assert.Equal(byCode, await Ids("a=Belarus&b=Poland&km=50"));
        Assert.Equal(byCode, await Ids("a=BY&b=PL&km=50"));
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task NearBorder_MaxGeoPrecisionDropsCountryLevelMatches(StoreKind store)
    {
        await using var server = await ServerFactory.CreateAsync(store, postGis);
        using var client = server.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/incidents/near-border?a=POL&b=BLR&km=50&max_geo_precision=2", UriKind.Relative), Ct);

        var features = Json.Features(await Json.ReadAsync(response)).ToList();
        Assert.Contains(features, f => Json.PlaceIds(f).Contains("admin1:BY-HR"));
        Assert.All(features, f => Assert.InRange(f.GetProperty("properties").GetProperty("geo_precision").GetInt32(), 1, 2));
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task NearBorder_UnknownPairAnswers404ListingTheNeighbours(StoreKind store)
    {
        await using var server = await ServerFactory.CreateAsync(store, postGis);
        using var client = server.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/incidents/near-border?a=POL&b=ESP&km=50", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await Json.ReadAsync(response);
        var neighbours = problem.GetProperty("a").GetProperty("neighbours").EnumerateArray().Select(n => n.GetProperty("code").GetString()).ToList();
        Assert.Contains("BLR", neighbours);
        Assert.Contains("DEU", neighbours);
        Assert.DoesNotContain("ESP", neighbours);
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Borders_ListsPairsWithNamesAndGeodesicLengths(StoreKind store)
    {
        await using var server = await ServerFactory.CreateAsync(store, postGis);
        using var client = server.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/borders", UriKind.Relative), Ct);

        var borders = (await Json.ReadAsync(response)).EnumerateArray().ToList();
        Assert.True(borders.Count >= 300, $"expected the world's land borders, got {borders.Count}");
        var polBlr = Assert.Single(borders, b => b.GetProperty("id").GetString() == "border:BLR-POL");
        Assert.Equal("Belarus", polBlr.GetProperty("a").GetProperty("name").GetString());
        Assert.Equal("POL", polBlr.GetProperty("b").GetProperty("code").GetString());
        // 418 km on the ground; the Natural Earth 1:10m line smooths the Bug river's meanders to about 340 km.
        Assert.InRange(polBlr.GetProperty("length_km").GetDouble(), 330, 440);
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task NearBorder_NextLinksWalkEveryMatchOnceNearestFirstWithOneCount(StoreKind store)
    {
        await using var server = await ServerFactory.CreateAsync(store, postGis);
        using var client = server.CreateClient();
        using var whole = await client.GetAsync(new Uri("/api/incidents/near-border?a=POL&b=BLR&km=100&limit=10000", UriKind.Relative), Ct);
        var expected = Json.Features(await Json.ReadAsync(whole)).Select(f => f.GetProperty("id").GetInt64()).ToList();
        Assert.True(expected.Count >= 3, $"{expected.Count} incidents near the border");

        var walked = new List<long>();
        var url = "/api/incidents/near-border?a=POL&b=BLR&km=100&limit=2";
        var pages = 0;
        while (url is not null && pages++ < 100)
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.RelativeOrAbsolute), Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await Json.ReadAsync(response);
            Assert.Equal(expected.Count, page.GetProperty("numberMatched").GetInt64());
            walked.AddRange(Json.Features(page).Select(f => f.GetProperty("id").GetInt64()));
            url = page.GetProperty("links").EnumerateArray().Where(l => l.GetProperty("rel").GetString() == "next")
                .Select(l => l.GetProperty("href").GetString()).SingleOrDefault();
            if (url is not null) Assert.Contains("cursor=", url, StringComparison.Ordinal);
        }
        Assert.Equal(expected, walked);
        Assert.Equal((expected.Count + 1) / 2, pages);
    }
}
