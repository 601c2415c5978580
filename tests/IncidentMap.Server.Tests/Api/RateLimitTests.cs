using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace IncidentMap.Server.Tests.Api;

/// <summary>Per-client limits on writes and costly reads: 429 problem+json with Retry-After over the limit; clients
/// on this machine and writes with the key are not limited.</summary>
public sealed class RateLimitTests(PostGisDatabase postGis)
{
    private const string _key = "rate-key";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<ServerFactory> ServerAsync(IPAddress client)
    {
        var server = await ServerFactory.CreateAsync(StoreKind.Embedded, postGis, _key);
        // Only the address the server sees: no traffic leaves this machine.
        server.ClientAddress = client;
        // One a minute: a burst of one, and no new token however slow the machine is during the test.
        server.Settings["INCIDENTMAP_RATE_LIMIT_READS"] = "1";
        server.Settings["INCIDENTMAP_RATE_LIMIT_WRITES"] = "1";
        return server;
    }

    [Fact]
    public async Task CostlyReads_OverTheLimit_Answer429WithRetryAfter_CheapReadsDoNot()
    {
        await using var server = await ServerAsync(IPAddress.Parse("203.0.113.9"));
        using var client = server.CreateClient();

        var layers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await client.GetAsync(new Uri($"/api/layers/incidents?limit={i + 1}", UriKind.Relative), Ct);
            layers.Add(response.StatusCode);
            if (response.StatusCode != HttpStatusCode.TooManyRequests) continue;
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.True(response.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        }
        using var ogcItems = await client.GetAsync(new Uri("/ogc/collections/incidents/items", UriKind.Relative), Ct);
        using var borders = await client.GetAsync(new Uri("/api/borders", UriKind.Relative), Ct);
        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative), Ct);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], layers);
        Assert.Equal(HttpStatusCode.TooManyRequests, ogcItems.StatusCode);
        Assert.Equal(HttpStatusCode.OK, borders.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    [Fact]
    public async Task Writes_WithoutTheKeyOverTheLimit_Answer429_WithTheKeyAreNotLimited()
    {
        await using var server = await ServerAsync(IPAddress.Parse("203.0.113.9"));
        using var client = server.CreateClient();

        var withoutKey = new List<HttpStatusCode>();
        var withKey = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.SendAsync(Post($"Troops arrived in the Grodno region, report {i}.", key: null), Ct);
            withoutKey.Add(response.StatusCode);
        }
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.SendAsync(Post($"Troops arrived in the Grodno region, keyed report {i}.", _key), Ct);
            withKey.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], withoutKey);
        Assert.All(withKey, s => Assert.Equal(HttpStatusCode.Created, s));
    }

    [Fact]
    public async Task ClientsOnThisMachine_AreNotLimited()
    {
        await using var server = await ServerAsync(IPAddress.Loopback);
        using var client = server.CreateClient();

        for (var i = 0; i < 5; i++)
        {
            using var response = await client.GetAsync(new Uri($"/api/layers/incidents?limit={i + 1}", UriKind.Relative), Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    private static HttpRequestMessage Post(string text, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = new StringContent(text, Encoding.UTF8, "text/plain") };
        if (key is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return request;
    }
}
