using System.Net;
using System.Text.Json;

namespace IncidentMap.Server.Tests.Api;

public sealed class OgcTests(PostGisDatabase postGis)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task LandingPage_LinksToApiConformanceAndCollections()
    {
        await using var server = await ServerFactory.CreateAsync(StoreKind.Embedded, postGis);
        using var client = server.CreateClient();

        var landing = await Json.ReadAsync(await client.GetAsync(new Uri("/ogc", UriKind.Relative), Ct));
        var rels = landing.GetProperty("links").EnumerateArray().ToDictionary(l => l.GetProperty("rel").GetString()!, l => l.GetProperty("href").GetString()!);
        var conformance = await Json.ReadAsync(await client.GetAsync(new Uri("/ogc/conformance", UriKind.Relative), Ct));
        var collections = await Json.ReadAsync(await client.GetAsync(new Uri("/ogc/collections", UriKind.Relative), Ct));
        using var api = await client.GetAsync(new Uri(rels["service-desc"]).PathAndQuery, Ct);

        Assert.EndsWith("/ogc/api", rels["service-desc"]);
        Assert.EndsWith("/ogc/conformance", rels["conformance"]);
        Assert.EndsWith("/ogc/collections", rels["data"]);
        Assert.Contains("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
            conformance.GetProperty("conformsTo").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(["incidents", "areas", "borders", "events"], collections.GetProperty("collections").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
        Assert.All(collections.GetProperty("collections").EnumerateArray(), c => Assert.Equal(4, c.GetProperty("extent").GetProperty("spatial").GetProperty("bbox")[0].GetArrayLength()));
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.True((await Json.ReadAsync(api)).GetProperty("paths").TryGetProperty("/ogc/collections/{collectionId}/items", out _));
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task CollectionExtent_IsTheBoxAndTimeSpanOfItsData(StoreKind store)
    {
        await using var server = await ServerFactory.CreateAsync(store, postGis);
        using var client = server.CreateClient();

        var incidents = await Json.ReadAsync(await client.GetAsync(new Uri("/ogc/collections/incidents", UriKind.Relative), Ct));
        var items = await Json.ReadAsync(await client.GetAsync(new Uri("/ogc/collections/incidents/items?limit=10000", UriKind.Relative), Ct));
        var borders = await Json.ReadAsync(await client.GetAsync(new Uri("/ogc/collections/borders", UriKind.Relative), Ct));

        var points = Json.Features(items).Where(f => f.GetProperty("geometry").ValueKind == JsonValueKind.Object)
            .Select(f => f.GetProperty("geometry").GetProperty("coordinates")).Select(c => (Lon: c[0].GetDouble(), Lat: c[1].GetDouble())).ToList();
        var dates = Json.Features(items).Select(f => f.GetProperty("properties").GetProperty("date"))
            .Where(d => d.ValueKind == JsonValueKind.String).Select(d => d.GetString()!).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(points);
        var box = incidents.GetProperty("extent").GetProperty("spatial").GetProperty("bbox")[0].EnumerateArray().Select(v => v.GetDouble()).ToArray();
        Assert.Equal([points.Min(p => p.Lon), points.Min(p => p.Lat), points.Max(p => p.Lon), points.Max(p => p.Lat)], box, new Tolerance(1e-6));
        var interval = incidents.GetProperty("extent").GetProperty("temporal").GetProperty("interval")[0];
        Assert.Equal(dates[0] + "T00:00:00Z", interval[0].GetString());
        Assert.Equal(dates[^1] + "T23:59:59Z", interval[1].GetString());

        var bordersBox = borders.GetProperty("extent").GetProperty("spatial").GetProperty("bbox")[0].EnumerateArray().Select(v => v.GetDouble()).ToArray();
        Assert.True(bordersBox[0] < 23.5 && bordersBox[2] > 24 && bordersBox[1] < 51.5 && bordersBox[3] > 54, "covers the Poland–Belarus border");
        Assert.Equal(JsonValueKind.Null, borders.GetProperty("extent").GetProperty("temporal").GetProperty("interval")[0][0].ValueKind);
    }

    private sealed class Tolerance(double epsilon) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= epsilon;

        public int GetHashCode(double obj) => 0;
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Items_PageThroughIncidentsWithCountsAndKeysetNextLinks(StoreKind store)
    {
        await using var server = await ServerFactory.CreateAsync(store, postGis);
        using var client = server.CreateClient();

        using var response = await client.GetAsync(new Uri("/ogc/collections/incidents/items?limit=2", UriKind.Relative), Ct);
        var first = await Json.ReadAsync(response);
        var matched = first.GetProperty("numberMatched").GetInt64();
        var seen = Json.Features(first).Select(f => f.GetProperty("id").GetInt64()).ToList();
        var page = first;
        while (Link(page, "next") is { } next)
        {
            page = await Json.ReadAsync(await client.GetAsync(new Uri(next).PathAndQuery, Ct));
            Assert.Contains("cursor=", next, StringComparison.Ordinal);
            seen.AddRange(Json.Features(page).Select(f => f.GetProperty("id").GetInt64()));
        }

        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(2, first.GetProperty("numberReturned").GetInt32());
        Assert.True(first.TryGetProperty("timeStamp", out _));
        Assert.Null(Link(first, "prev"));
        // Offset paging is still accepted, with a link back.
        var second = await Json.ReadAsync(await client.GetAsync(new Uri("/ogc/collections/incidents/items?limit=2&offset=2", UriKind.Relative), Ct));
        Assert.Equal(seen.Skip(2).Take(2), Json.Features(second).Select(f => f.GetProperty("id").GetInt64()));
        Assert.DoesNotContain("offset", Link(second, "prev")!, StringComparison.Ordinal);
        Assert.Equal(matched, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Item_ReturnsOneFeatureByIdOr404(StoreKind store)
    {
        await using var server = await ServerFactory.CreateAsync(store, postGis);
        using var client = server.CreateClient();
        var items = await Json.ReadAsync(await client.GetAsync(new Uri("/ogc/collections/incidents/items?limit=1", UriKind.Relative), Ct));
        var id = Json.Features(items).Single().GetProperty("id").GetInt64();

        var incident = await Json.ReadAsync(await client.GetAsync(new Uri($"/ogc/collections/incidents/items/{id}", UriKind.Relative), Ct));
        var area = await Json.ReadAsync(await client.GetAsync(new Uri("/ogc/collections/areas/items/admin1%3ABY-HR", UriKind.Relative), Ct));
        var border = await Json.ReadAsync(await client.GetAsync(new Uri("/ogc/collections/borders/items/border%3ABLR-POL", UriKind.Relative), Ct));
        using var missing = await client.GetAsync(new Uri("/ogc/collections/incidents/items/987654321", UriKind.Relative), Ct);
        using var noCollection = await client.GetAsync(new Uri("/ogc/collections/cities/items", UriKind.Relative), Ct);

        Assert.Equal(id, incident.GetProperty("id").GetInt64());
        Assert.Contains(incident.GetProperty("links").EnumerateArray(), l => l.GetProperty("rel").GetString() == "collection");
        Assert.Equal("admin1:BY-HR", area.GetProperty("id").GetString());
        Assert.Equal("Feature", border.GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noCollection.StatusCode);
    }

    private static string? Link(JsonElement page, string rel) =>
        page.GetProperty("links").EnumerateArray().Where(l => l.GetProperty("rel").GetString() == rel)
            .Select(l => l.GetProperty("href").GetString()).FirstOrDefault();
}
