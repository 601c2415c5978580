using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace IncidentMap.Server.Tests.Api;

/// <summary>Located or said so, over HTTP: an incident with no place anywhere is in its article's record and on no
/// map layer, while the article's located incident is on them.</summary>
public sealed class UnlocatedIncidentTests(PostGisDatabase postGis)
{
    private const string _key = "test-key-0123456789";

    // The strike's sentence names no place, and the article has no dateline nor a leading country to fall back on.
    private const string _text = "Russian drones struck a power plant overnight, the energy ministry said. " +
                                 "Russian artillery shelled Kherson on Monday, killing two people.";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task UnlocatedIncident_IsInTheArticleButNotInTheLayersOrOgcItems(StoreKind store)
    {
        await using var server = await ServerFactory.CreateAsync(store, postGis, _key);
        using var client = server.CreateClient();
        using var post = new HttpRequestMessage(HttpMethod.Post, "/api/articles")
        {
            Content = JsonContent.Create(new { title = "Strikes", text = _text, published = "2025-09-16", source = "Test wire", url = "https://example.org/strikes" }),
        };
        post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _key);
        using var created = await client.SendAsync(post, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var articleId = (await Json.ReadAsync(created)).GetProperty("id").GetInt64();

        // The record: both incidents, the strike without geometry or geo precision.
        var record = Json.Features((await Json.ReadAsync(await client.GetAsync(new Uri($"/api/articles/{articleId}", UriKind.Relative), Ct))).GetProperty("incidents")).ToList();
        Assert.Equal(["air_drone_strike", "shelling"], record.Select(Json.Subtype));
        var strike = record[0];
        Assert.Equal(JsonValueKind.Null, strike.GetProperty("geometry").ValueKind);
        Assert.Equal(JsonValueKind.Null, strike.GetProperty("properties").GetProperty("geo_precision").ValueKind);
        var shelling = record[1];
        Assert.Equal("Point", shelling.GetProperty("geometry").GetProperty("type").GetString());

        // The map: the shelling only, counted alike, and the strike is no OGC feature.
        var layer = await Json.ReadAsync(await client.GetAsync(new Uri($"/api/layers/incidents?article={articleId}", UriKind.Relative), Ct));
        Assert.Equal(["shelling"], Json.Features(layer).Select(Json.Subtype));
        Assert.Equal(1, layer.GetProperty("numberMatched").GetInt64());
        using var strikeItem = await client.GetAsync(new Uri($"/ogc/collections/incidents/items/{strike.GetProperty("id").GetInt64()}", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.NotFound, strikeItem.StatusCode);
        using var shellingItem = await client.GetAsync(new Uri($"/ogc/collections/incidents/items/{shelling.GetProperty("id").GetInt64()}", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, shellingItem.StatusCode);
    }
}
