using System.Net;
using System.Text.Json;

namespace IncidentMap.Server.Tests.Api;

/// <summary>What OGC API – Features and RFC 7946 ask of the answers.</summary>
public sealed class OgcStandardTests(PostGisDatabase postGis)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Conformance_DeclaresTheOpenApiVersionServedAtTheServiceDescription()
    {
        await using var server = await ServerFactory.CreateAsync(StoreKind.Embedded, postGis);
        using var client = server.CreateClient();

        var conformance = await Json.ReadAsync(await client.GetAsync(new Uri("/ogc/conformance", UriKind.Relative), Ct));
        var api = await Json.ReadAsync(await client.GetAsync(new Uri("/ogc/api", UriKind.Relative), Ct));

        Assert.Contains("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30", conformance.GetProperty("conformsTo").EnumerateArray().Select(c => c.GetString()));
        Assert.StartsWith("3.0.", api.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.True(api.GetProperty("paths").TryGetProperty("/ogc/collections/{collectionId}/items", out _));
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Items_UnknownParameterAnswers400NamingIt(StoreKind store)
    {
        await using var server = await ServerFactory.CreateAsync(store, postGis);
        using var client = server.CreateClient();

        using var response = await client.GetAsync(new Uri("/ogc/collections/incidents/items?limt=5", UriKind.Relative), Ct);
        using var known = await client.GetAsync(new Uri("/ogc/collections/incidents/items?limit=5&f=json", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("limt", (await Json.ReadAsync(response)).GetProperty("parameter").GetString());
        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Bbox_AcrossTheAntimeridian_IsTwoBoxes(StoreKind store)
    {
        await using var server = await ServerFactory.CreateAsync(store, postGis);
        using var client = server.CreateClient();
        async Task<List<long>> Ids(string bbox)
        {
            using var r = await client.GetAsync(new Uri($"/ogc/collections/incidents/items?limit=10000&bbox={bbox}", UriKind.Relative), Ct);
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            return Json.Features(await Json.ReadAsync(r)).Select(f => f.GetProperty("id").GetInt64()).Order().ToList();
        }

        // The seed's incidents lie between 20°E and 36°E: a box from 170°E across the date line to 30°E holds those
        // west of 30°E, exactly as the two boxes on either side of the line do together.
        var across = await Ids("170,40,30,60");
        var east = await Ids("170,40,180,60");
        var west = await Ids("-180,40,30,60");

        Assert.NotEmpty(across);
        Assert.Equal(east.Concat(west).Order(), across);
        Assert.True(across.Count < (await Ids("-180,-90,180,90")).Count);
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Areas_AreAlwaysMultiPolygonsWithSixDecimals(StoreKind store)
    {
        await using var server = await ServerFactory.CreateAsync(store, postGis);
        using var client = server.CreateClient();

        using var response = await client.GetAsync(new Uri("/ogc/collections/areas/items?limit=1000", UriKind.Relative), Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        var features = Json.Features(JsonDocument.Parse(text).RootElement).ToList();

        Assert.NotEmpty(features);
        Assert.All(features, f => Assert.Equal("MultiPolygon", f.GetProperty("geometry").GetProperty("type").GetString()));
        Assert.DoesNotMatch(@"\d\.\d{7,}", text);
    }
}
