using System.Net;
using System.Text.RegularExpressions;

namespace IncidentMap.Server.Tests.Api;

public sealed partial class OpenApiTests(PostGisDatabase postGis)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OpenApi_DescribesEveryEndpointWithItsParameters()
    {
        await using var server = await ServerFactory.CreateAsync(StoreKind.Embedded, postGis);
        using var client = server.CreateClient();

        var document = await Json.ReadAsync(await client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative), Ct));

        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/articles", "/api/articles/{id}", "/api/layers/incidents", "/api/layers/areas", "/api/layers/borders",
                     "/api/incidents/near-border", "/api/borders", "/ogc", "/ogc/conformance", "/ogc/collections", "/ogc/collections/{collectionId}/items" })
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is missing from the OpenAPI document");
        var nearBorder = paths.GetProperty("/api/incidents/near-border").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("km", nearBorder);
        Assert.Contains("bbox", nearBorder);
    }

    [Fact]
    public async Task OpenApi_DescribesTheArticleBodyAndTheBearerKey_SoDocsCanPostAnArticle()
    {
        await using var server = await ServerFactory.CreateAsync(StoreKind.Embedded, postGis);
        using var client = server.CreateClient();

        var document = await Json.ReadAsync(await client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative), Ct));

        var post = document.GetProperty("paths").GetProperty("/api/articles").GetProperty("post");
        var content = post.GetProperty("requestBody").GetProperty("content");
        Assert.Equal("string", content.GetProperty("text/plain").GetProperty("schema").GetProperty("type").GetString());
        var json = content.GetProperty("application/json").GetProperty("schema");
        if (json.TryGetProperty("$ref", out var reference))
            json = document.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1]);
        Assert.True(json.GetProperty("properties").TryGetProperty("text", out _));
        Assert.True(json.GetProperty("properties").TryGetProperty("published", out _));
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer");
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        Assert.True(post.GetProperty("security")[0].TryGetProperty("bearer", out _));
        var delete = document.GetProperty("paths").GetProperty("/api/articles/{id}").GetProperty("delete");
        Assert.True(delete.GetProperty("security")[0].TryGetProperty("bearer", out _));
        Assert.False(document.GetProperty("paths").GetProperty("/api/articles/{id}").GetProperty("get").TryGetProperty("security", out _));
    }

    [Fact]
    public async Task DocsPage_ServesItsAssetsItselfSoItWorksOffline()
    {
        await using var server = await ServerFactory.CreateAsync(StoreKind.Embedded, postGis);
        using var client = server.CreateClient();

        var html = await client.GetStringAsync(new Uri("/docs/index.html", UriKind.Relative), Ct);
        var assets = AssetReference().Matches(html).Select(m => m.Groups[1].Value).ToList();

        Assert.NotEmpty(assets);
        foreach (var asset in assets)
        {
            Assert.False(asset.StartsWith("http", StringComparison.OrdinalIgnoreCase) || asset.StartsWith("//", StringComparison.Ordinal), $"{asset} is not served locally");
            using var response = await client.GetAsync(new Uri("/docs/" + asset.TrimStart('.', '/'), UriKind.Relative), Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [GeneratedRegex("(?:src|href)=\"([^\"]+\\.(?:js|css))\"")]
    private static partial Regex AssetReference();
}
