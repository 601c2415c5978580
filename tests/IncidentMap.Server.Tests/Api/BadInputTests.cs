using System.Net;
using System.Text;

namespace IncidentMap.Server.Tests.Api;

public sealed class BadInputTests(PostGisDatabase postGis)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> BadParameters => new()
    {
        { "/api/layers/incidents?bbox=1,2,3", "bbox" },
        { "/api/layers/incidents?bbox=a,b,c,d", "bbox" },
        { "/api/layers/incidents?bbox=0,95,1,96", "bbox" },
        { "/api/layers/incidents?bbox=0,10,1,5", "bbox" },
        { "/api/layers/incidents?bbox=190,0,200,1", "bbox" },
        { "/api/layers/areas?bbox=1,2,3,4,5", "bbox" },
        { "/api/layers/incidents?datetime=yesterday", "datetime" },
        { "/api/layers/incidents?datetime=2025-13-01", "datetime" },
        { "/api/layers/incidents?datetime=2025-09-12/2025-09-01", "datetime" },
        { "/api/layers/incidents?datetime=2025-01-01/2025-02-01/2025-03-01", "datetime" },
        { "/api/layers/borders?datetime=..", "datetime" },
        { "/api/layers/incidents?limit=0", "limit" },
        { "/api/layers/incidents?limit=10001", "limit" },
        { "/api/layers/incidents?limit=ten", "limit" },
        { "/api/layers/incidents?offset=-1", "offset" },
        { "/api/layers/incidents?offset=1.5", "offset" },
        { "/api/layers/incidents?type=picnic", "type" },
        { "/api/layers/incidents?country=Atlantis", "country" },
        { "/api/layers/incidents?article=abc", "article" },
        { "/api/layers/areas?simplify=0", "simplify" },
        { "/api/layers/borders?simplify=5", "simplify" },
        { "/api/layers/areas?simplify=fine", "simplify" },
        { "/api/layers/areas?simplify=1e-308", "simplify" },
        { "/api/layers/borders?simplify=4.9e-324", "simplify" },
        { "/api/layers/incidents?article=-4", "article" },
        { "/api/layers/incidents?download=maybe", "download" },
        { "/api/layers/incidents?limit=1&limit=2", "limit" },
        { "/api/incidents/near-border?b=BLR&km=50", "a" },
        { "/api/incidents/near-border?a=POL&b=BLR&cursor=2025.7", "cursor" },
        { "/api/incidents/near-border?a=POL&b=BLR&cursor=NaN_1_3", "cursor" },
        { "/api/incidents/near-border?a=POL&b=BLR&cursor=-5_1_3", "cursor" },
        { "/api/incidents/near-border?a=POL&b=BLR&cursor=1e400_1_3", "cursor" },
        { "/api/incidents/near-border?a=POL&b=BLR&group=events&cursor=5_1_3", "cursor" },
        { "/api/incidents/near-border?a=POL&km=50", "b" },
        { "/api/incidents/near-border?a=XX&b=BLR&km=50", "a" },
        { "/api/incidents/near-border?a=POL&b=Narnia&km=50", "b" },
        { "/api/incidents/near-border?a=POL&b=BLR&km=0", "km" },
        { "/api/incidents/near-border?a=POL&b=BLR&km=-5", "km" },
        { "/api/incidents/near-border?a=POL&b=BLR&km=abc", "km" },
        { "/api/incidents/near-border?a=POL&b=BLR&km=NaN", "km" },
        { "/api/incidents/near-border?a=POL&b=BLR&km=100000", "km" },
        { "/api/incidents/near-border?a=POL&b=BLR&max_geo_precision=7", "max_geo_precision" },
        { "/api/borders?country=QQQ", "country" },
        { "/ogc/collections/incidents/items?bbox=1,2", "bbox" },
        { "/ogc/collections/incidents/items?limit=-3", "limit" },
        { "/ogc/collections/incidents/items?datetime=12/13/2025", "datetime" },
        { "/ogc/collections/areas/items?f=html", "f" },
    };

    [Theory]
    [MemberData(nameof(BadParameters))]
    public async Task MalformedParameter_Answers400ProblemNamingTheParameter(string url, string parameter)
    {
        await using var server = await ServerFactory.CreateAsync(StoreKind.Embedded, postGis);
        using var client = server.CreateClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await Json.ReadAsync(response);
        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
        Assert.Contains(parameter, problem.GetProperty("detail").GetString());
    }

    private static readonly string[] _paths =
    [
        "/api/layers/incidents", "/api/layers/areas", "/api/layers/borders", "/api/layers/incidents.geojson",
        "/api/incidents/near-border", "/api/incidents/1", "/api/incidents/abc", "/api/borders", "/api/articles",
        "/api/articles/1", "/api/articles/99999999999999999999", "/ogc", "/ogc/conformance", "/ogc/collections",
        "/ogc/collections/incidents", "/ogc/collections/nope", "/ogc/collections/incidents/items",
        "/ogc/collections/areas/items/sea:Nowhere", "/ogc/collections/incidents/items/-1", "/ogc/api", "/health/ready",
    ];

    private static readonly string[] _queries =
    [
        "", "?bbox=", "?bbox=,,,", "?bbox=1e400,0,1,1", "?bbox=-Infinity,0,0,0", "?datetime=/", "?datetime=../..", "?datetime=2025-02-30",
        "?limit=2147483648", "?offset=99999999999", "?offset=2147483647", "?km=1e309", "?a=%00&b=%FF", "?country=%E2%80%AE",
        "?type=,,,", "?article=0", "?a=POL&b=BLR&km=50&limit=0", "?a=POL&b=POL", "?f=xml", "?%zz=1", "?limit=1&limit=1",
        "?a=" + new string('x', 5000), "?datetime=9999-12-31T23:59:59Z", "?datetime=0001-01-01",
    ];

    [Fact]
    public async Task NoMalformedRequest_GetsA500()
    {
        await using var server = await ServerFactory.CreateAsync(StoreKind.Embedded, postGis, apiKey: "k");
        using var client = server.CreateClient();
        var failures = new List<string>();
        foreach (var path in _paths)
        {
            foreach (var query in _queries)
            {
                foreach (var method in new[] { HttpMethod.Get, HttpMethod.Head, HttpMethod.Post, HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch, HttpMethod.Options })
                {
                    using var request = new HttpRequestMessage(method, path + query);
                    if (method == HttpMethod.Post || method == HttpMethod.Put || method == HttpMethod.Patch)
                        request.Content = new ByteArrayContent([0x7B, 0xFF, 0x00, 0x22]);
                    using var response = await client.SendAsync(request, Ct);
                    if ((int)response.StatusCode >= 500) failures.Add($"{method} {path}{query} -> {(int)response.StatusCode}");
                }
            }
        }
        string[] bodies = ["", "null", "[]", "{\"text\": null}", "{\"text\": \"\\u0000\"}", "{\"text\": \"x\", \"published\": 1}", "\"text\"", "{\"text\": [1]}"];
        foreach (var body in bodies)
        {
            foreach (var contentType in new[] { "application/json", "text/plain", "application/octet-stream", "multipart/form-data" })
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = new StringContent(body, Encoding.UTF8) };
                request.Content.Headers.ContentType = new(contentType);
                request.Headers.Authorization = new("Bearer", "k");
                using var response = await client.SendAsync(request, Ct);
                if ((int)response.StatusCode >= 500) failures.Add($"POST /api/articles {contentType} {body} -> {(int)response.StatusCode}");
            }
        }
        Assert.Empty(failures);
    }
}
