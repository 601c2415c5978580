using System.Net;
using System.Net.Http.Headers;
using System.Text;
using IncidentMap.Server.Articles;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentMap.Server.Tests.Api;

/// <summary>
/// Who may write: a page on another site never (even with <c>fetch(..., {mode: 'no-cors'})</c>, which sends a
/// text/plain POST without asking), and without an API key only a client on this machine. Reads are open to other
/// web maps through CORS.
/// </summary>
public sealed class WriteProtectionTests(PostGisDatabase postGis)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Text() =>
        $"date 2025-09-16\nRussian troops arrived in the Grodno region for joint exercises near the Polish border, report {Guid.NewGuid():N}.";

    private static HttpRequestMessage TextPost(Uri server, string text, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server, "api/articles"))
        {
            Content = new StringContent(text, Encoding.UTF8, "text/plain"),
        };
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        return request;
    }

    private static async Task<long> ArticlesWithTextAsync(HttpClient client, Uri server) =>
        (await Json.ReadAsync(await client.GetAsync(new Uri(server, "api/layers/incidents?country=BLR&limit=10000"), Ct)))
            .GetProperty("numberMatched").GetInt64();

    // What Chromium sends for fetch(url, {method: 'POST', mode: 'no-cors', headers: {'Content-Type': 'text/plain'}})
    // from a page on another origin: another site (localhost vs 127.0.0.1), the same site on another port, a sandboxed
    // frame (opaque origin), and an older browser that sends Origin but no Sec-Fetch-*.
    public static TheoryData<string, string?> CrossSiteHeaders => new()
    {
        { "http://localhost:{other}", "cross-site" },
        { "http://127.0.0.1:{other}", "same-site" },
        { "null", "cross-site" },
        { "http://localhost:{other}", null },
        { "null", null },
    };

    [Theory]
    [MemberData(nameof(CrossSiteHeaders))]
    public async Task NoCorsTextPost_FromAPageOnAnotherOrigin_IsRefusedAndStoresNothing(string origin, string? fetchSite)
    {
        await using var server = await ServerFactory.CreateAsync(StoreKind.Embedded, postGis);
        var address = server.StartOnLoopback();
        using var client = new HttpClient();
        var before = await ArticlesWithTextAsync(client, address);
        var headers = new List<(string, string)> { ("Origin", origin.Replace("{other}", (address.Port + 1).ToString(), StringComparison.Ordinal)) };
        if (fetchSite is not null) headers.AddRange([("Sec-Fetch-Site", fetchSite), ("Sec-Fetch-Mode", "no-cors"), ("Sec-Fetch-Dest", "empty")]);

        using var response = await client.SendAsync(TextPost(address, Text(), [.. headers]), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Equal(before, await ArticlesWithTextAsync(client, address));
    }

    [Fact]
    public async Task TextPost_FromTheMapPageItselfOrFromATool_IsStored()
    {
        await using var server = await ServerFactory.CreateAsync(StoreKind.Embedded, postGis);
        var address = server.StartOnLoopback();
        using var client = new HttpClient();
        var self = address.GetLeftPart(UriPartial.Authority);

        using var fromPage = await client.SendAsync(TextPost(address, Text(), ("Origin", self), ("Sec-Fetch-Site", "same-origin"), ("Sec-Fetch-Mode", "cors")), Ct);
        using var fromOldBrowser = await client.SendAsync(TextPost(address, Text(), ("Origin", self)), Ct);
        using var fromCurl = await client.SendAsync(TextPost(address, Text()), Ct);

        Assert.Equal(HttpStatusCode.Created, fromPage.StatusCode);
        Assert.Equal(HttpStatusCode.Created, fromOldBrowser.StatusCode);
        Assert.Equal(HttpStatusCode.Created, fromCurl.StatusCode);
    }

    [Fact]
    public async Task Write_WithoutAKeyToADomainRenamedToLoopback_IsRefused()
    {
        // A page on attacker.example whose name was rebound to 127.0.0.1 is same-origin to itself: its requests
        // carry its own name in Host.
        await using var server = await ServerFactory.CreateAsync(StoreKind.Embedded, postGis);
        var address = server.StartOnLoopback();
        using var client = new HttpClient();
        using var request = TextPost(address, Text(), ("Sec-Fetch-Site", "same-origin"));
        request.Headers.Host = $"attacker.example:{address.Port}";

        using var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task CrossSitePost_WithTheRightKey_IsStillRefused()
    {
        await using var server = await ServerFactory.CreateAsync(StoreKind.Embedded, postGis, apiKey: "k-123");
        using var client = server.CreateClient();
        using var request = TextPost(client.BaseAddress!, Text(), ("Origin", "http://localhost:1"), ("Sec-Fetch-Site", "cross-site"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "k-123");

        using var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Write_WithoutAKeyFromARequestWithNoRemoteAddress_Answers403()
    {
        await using var server = await ServerFactory.CreateAsync(StoreKind.Embedded, postGis);
        server.ClientAddress = null;
        using var client = server.CreateClient();

        using var post = await client.SendAsync(TextPost(client.BaseAddress!, Text()), Ct);
        using var delete = await client.DeleteAsync(new Uri("/api/articles/1", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        Assert.Equal("application/problem+json", post.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Write_WithoutAKeyFromAnotherMachine_Answers403()
    {
        await using var server = await ServerFactory.CreateAsync(StoreKind.Embedded, postGis);
        // Only the address the server sees: no traffic leaves this machine.
        server.ClientAddress = IPAddress.Parse("203.0.113.7");
        using var client = server.CreateClient();

        using var post = await client.SendAsync(TextPost(client.BaseAddress!, Text()), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
    }

    [Fact]
    public async Task EveryWriteEndpoint_PassesTheWriteCheck()
    {
        await using var server = await ServerFactory.CreateAsync(StoreKind.Embedded, postGis);
        var actions = server.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items;

        var writes = actions.Where(a => a.ActionConstraints?.OfType<Microsoft.AspNetCore.Mvc.ActionConstraints.HttpMethodActionConstraint>()
            .Any(c => c.HttpMethods.Any(m => m is not ("GET" or "HEAD" or "OPTIONS"))) == true).ToList();

        Assert.NotEmpty(writes);
        Assert.All(writes, a => Assert.Contains(a.FilterDescriptors, f => f.Filter is WriteAccessAttribute));
    }

    [Fact]
    public async Task Reads_AreOpenToOtherOriginsWithoutCredentials_WritesAreNot()
    {
        await using var server = await ServerFactory.CreateAsync(StoreKind.Embedded, postGis);
        using var client = server.CreateClient();
        using var read = new HttpRequestMessage(HttpMethod.Get, "/api/layers/incidents?limit=1");
        read.Headers.Add("Origin", "https://maps.example.org");
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/articles");
        preflight.Headers.Add("Origin", "https://maps.example.org");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");

        using var readResponse = await client.SendAsync(read, Ct);
        using var preflightResponse = await client.SendAsync(preflight, Ct);

        Assert.Equal(HttpStatusCode.OK, readResponse.StatusCode);
        Assert.Equal("*", readResponse.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(readResponse.Headers.Contains("Access-Control-Allow-Credentials"));
        var allowed = preflightResponse.Headers.TryGetValues("Access-Control-Allow-Methods", out var methods) ? string.Join(',', methods) : "";
        Assert.DoesNotContain("POST", allowed, StringComparison.OrdinalIgnoreCase);
    }
}
