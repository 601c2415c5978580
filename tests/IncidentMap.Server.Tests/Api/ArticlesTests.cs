using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace IncidentMap.Server.Tests.Api;

public sealed class ArticlesTests(PostGisDatabase postGis)
{
    private const string _key = "test-key-0123456789";
    private const string _drills =
        "Belarus said on Tuesday that Russian troops had arrived in the Grodno region for joint exercises near the Polish border.";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static HttpRequestMessage Post(HttpContent content, string? key = _key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = content };
        if (key is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return request;
    }

    private static JsonContent Article(string text) =>
        JsonContent.Create(new { title = "_drills in Grodno", text, published = "2025-09-16", source = "Test wire", url = "https://example.org/drills" });

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task PostArticle_CreatesArticleWithItsLocatedIncidents(StoreKind store)
    {
        await using var server = await ServerFactory.CreateAsync(store, postGis, _key);
        using var client = server.CreateClient();

        using var response = await client.SendAsync(Post(Article(_drills)), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await Json.ReadAsync(response);
        var id = body.GetProperty("id").GetInt64();
        Assert.Equal($"/api/articles/{id}", response.Headers.Location?.AbsolutePath);
        Assert.True(body.GetProperty("created").GetBoolean());
        Assert.Equal("Test wire", body.GetProperty("source").GetString());
        var incidents = Json.Features(body.GetProperty("incidents")).ToList();
        Assert.Contains(incidents, f => Json.PlaceIds(f).Contains("admin1:BY-HR"));
        using var layer = await client.GetAsync(new Uri($"/api/layers/incidents?article={id}", UriKind.Relative), Ct);
        Assert.Equal(incidents.Count, Json.Features(await Json.ReadAsync(layer)).Count());
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task PostArticle_SameTextAgainAnswers200WithTheSameArticleAndCreatesNothing(StoreKind store)
    {
        await using var server = await ServerFactory.CreateAsync(store, postGis, _key);
        using var client = server.CreateClient();

        using var first = await client.SendAsync(Post(Article(_drills)), Ct);
        using var countBefore = await client.GetAsync(new Uri("/api/layers/incidents", UriKind.Relative), Ct);
        using var second = await client.SendAsync(Post(new StringContent(_drills, Encoding.UTF8, "text/plain")), Ct);
        using var countAfter = await client.GetAsync(new Uri("/api/layers/incidents", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal((await Json.ReadAsync(first)).GetProperty("id").GetInt64(), (await Json.ReadAsync(second)).GetProperty("id").GetInt64());
        Assert.Equal((await Json.ReadAsync(countBefore)).GetProperty("numberMatched").GetInt64(),
            (await Json.ReadAsync(countAfter)).GetProperty("numberMatched").GetInt64());
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task PostArticle_PlainTextTakesTheLeadingDateLine(StoreKind store)
    {
        await using var server = await ServerFactory.CreateAsync(store, postGis, _key);
        using var client = server.CreateClient();

        using var response = await client.SendAsync(Post(new StringContent("date 2025-09-16\n" + _drills, Encoding.UTF8, "text/plain")), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await Json.ReadAsync(response);
        Assert.StartsWith("2025-09-16", body.GetProperty("published").GetString());
        Assert.StartsWith("Belarus said on Tuesday", body.GetProperty("title").GetString());
        Assert.Contains(Json.Features(body.GetProperty("incidents")),
            f => f.GetProperty("properties").GetProperty("date").GetString() == "2025-09-16");
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task DeleteArticle_RemovesItAndItsIncidents(StoreKind store)
    {
        await using var server = await ServerFactory.CreateAsync(store, postGis, _key);
        using var client = server.CreateClient();
        using var created = await client.SendAsync(Post(Article(_drills)), Ct);
        var id = (await Json.ReadAsync(created)).GetProperty("id").GetInt64();

        using var unauthorized = await client.DeleteAsync(new Uri($"/api/articles/{id}", UriKind.Relative), Ct);
        using var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/articles/{id}");
        delete.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _key);
        using var deleted = await client.SendAsync(delete, Ct);
        using var again = await client.GetAsync(new Uri($"/api/articles/{id}", UriKind.Relative), Ct);
        using var layer = await client.GetAsync(new Uri($"/api/layers/incidents?article={id}", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Empty(Json.Features(await Json.ReadAsync(layer)));
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("wrong-key", HttpStatusCode.Unauthorized)]
    [InlineData(_key, HttpStatusCode.Created)]
    public async Task PostArticle_NeedsTheConfiguredBearerKey(string? key, HttpStatusCode expected)
    {
        await using var server = await ServerFactory.CreateAsync(StoreKind.Embedded, postGis, _key);
        using var client = server.CreateClient();

        using var response = await client.SendAsync(Post(Article(_drills), key), Ct);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Unauthorized)
        {
            Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task PostArticle_WithoutAConfiguredKeyAcceptsLoopbackWrites()
    {
        await using var server = await ServerFactory.CreateAsync(StoreKind.Embedded, postGis, apiKey: null);
        using var client = server.CreateClient();

        using var response = await client.SendAsync(Post(Article(_drills), key: null), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task PostArticle_BodyOver1MbAnswers413AndStoresNothing(StoreKind store)
    {
        await using var server = await ServerFactory.CreateAsync(store, postGis, _key);
        using var client = server.CreateClient();
        var huge = string.Concat(Enumerable.Repeat(_drills + "\n", 1024 * 1024 / _drills.Length + 10));

        using var response = await client.SendAsync(Post(new StringContent(huge, Encoding.UTF8, "text/plain")), Ct);
        using var layer = await client.GetAsync(new Uri("/api/layers/incidents?bbox=23,52.5,26.5,54.5&datetime=2025-09-16", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(Json.Features(await Json.ReadAsync(layer)));
    }

    public static TheoryData<string, byte[], string> BadBodies => new()
    {
        { "text/plain", [], "empty" },
        { "text/plain", "   \n\t "u8.ToArray(), "blank" },
        { "text/plain", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D], "binary" },
        { "text/plain", [0x48, 0x65, 0x6C, 0x6C, 0xC3, 0x28, 0x6F], "UTF-8" },
        { "application/json", "{\"title\": \"x\"}"u8.ToArray(), "text" },
        { "application/json", "{\"text\": 42}"u8.ToArray(), "text" },
        { "application/json", "{\"text\": \"Grodno\", \"published\": \"yesterday\"}"u8.ToArray(), "published" },
        { "application/json", "{\"text\": \"Grodno\", \"url\": \"javascript:alert(1)\"}"u8.ToArray(), "url" },
        { "application/json", "{not json"u8.ToArray(), "body" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task PostArticle_EmptyBinaryOrUndecodableBodyAnswers400NamingTheProblem(string contentType, byte[] body, string named)
    {
        await using var server = await ServerFactory.CreateAsync(StoreKind.Embedded, postGis, _key);
        using var client = server.CreateClient();
        var content = new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        using var response = await client.SendAsync(Post(content), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Json.ReadAsync(response);
        Assert.Contains(named, problem.GetProperty("parameter").GetString() + " " + problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task PostArticle_WhileTheDatabaseIsUnreachableAnswers503()
    {
        await using var server = ServerFactory.WithUnreachableDatabase();
        using var client = server.CreateClient();

        using var write = await client.SendAsync(Post(Article(_drills), key: null), Ct);
        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative), Ct);
        using var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, write.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Theory]
    [InlineData("text/plain; charset=utf-7")]
    [InlineData("text/plain; charset=klingon")]
    [InlineData("application/json; charset=utf-7")]
    [InlineData("text/plain; charset=\"\"")]
    public async Task PostArticle_InACharsetThatCannotBeDecoded_Answers415NamingTheCharset(string contentType)
    {
        await using var server = await ServerFactory.CreateAsync(StoreKind.Embedded, postGis, _key);
        using var client = server.CreateClient();
        var content = new ByteArrayContent("+AEE-Grodno"u8.ToArray());
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        using var response = await client.SendAsync(Post(content), Ct);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("charset", (await Json.ReadAsync(response)).GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task PostArticle_InALegacyCodePage_IsDecoded()
    {
        await using var server = await ServerFactory.CreateAsync(StoreKind.Embedded, postGis, _key);
        using var client = server.CreateClient();
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        const string title = "Учения в Гродно";
        var content = new ByteArrayContent(System.Text.Encoding.GetEncoding("windows-1251").GetBytes(title + ". " + _drills));
        content.Headers.TryAddWithoutValidation("Content-Type", "text/plain; charset=windows-1251");

        using var response = await client.SendAsync(Post(content), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(title + ".", (await Json.ReadAsync(response)).GetProperty("title").GetString());
    }
}
