using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace IncidentMap.Server.Tests.Api;

/// <summary>Publication dates outside 1900-01-01 .. now + 1 day are refused with a 400 naming the field, whichever
/// way the article is posted; dates at the edges of the window are taken.</summary>
public sealed class PublicationDateTests(PostGisDatabase postGis)
{
    // Relative dates are what broke the date resolution at the start of the calendar.
    private const string _text = "Russian troops arrived in the Grodno region yesterday, and more came on Sunday, last week and on December 5, Minsk said.";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> OutsideTheWindow => new()
    {
        "0001-01-01", "1899-12-31", "9999-12-31", DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd"),
    };

    [Theory]
    [MemberData(nameof(OutsideTheWindow))]
    public async Task PostedJsonArticle_PublishedOutsideTheWindow_Answers400NamingPublished(string published)
    {
        await using var server = await ServerFactory.CreateAsync(StoreKind.Embedded, postGis);
        using var client = server.CreateClient();

        using var response = await client.PostAsync(new Uri("/api/articles", UriKind.Relative),
            JsonContent.Create(new { text = _text, published }), Ct);

        await AssertRefusedAsync(response, published);
    }

    [Theory]
    [MemberData(nameof(OutsideTheWindow))]
    public async Task PostedTextArticle_DateLineOutsideTheWindow_Answers400NamingPublished(string published)
    {
        await using var server = await ServerFactory.CreateAsync(StoreKind.Embedded, postGis);
        using var client = server.CreateClient();

        using var response = await client.PostAsync(new Uri("/api/articles", UriKind.Relative),
            new StringContent($"date {published}\n{_text}", Encoding.UTF8, "text/plain"), Ct);

        await AssertRefusedAsync(response, published);
    }

    [Theory]
    [InlineData("1900-01-01")]
    [InlineData("today")]
    public async Task PostedArticle_PublishedAtTheEdgeOfTheWindow_IsStoredWithDatedIncidents(string published)
    {
        await using var server = await ServerFactory.CreateAsync(StoreKind.Embedded, postGis);
        using var client = server.CreateClient();
        var date = published == "today" ? DateTime.UtcNow.ToString("yyyy-MM-dd") : published;

        using var response = await client.PostAsync(new Uri("/api/articles", UriKind.Relative),
            new StringContent($"date {date}\nBelarus said on Tuesday that Russian troops had arrived in the Grodno region for joint exercises near the Polish border.",
                Encoding.UTF8, "text/plain"), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await Json.ReadAsync(response);
        Assert.StartsWith(date, body.GetProperty("published").GetString());
        Assert.NotEmpty(Json.Features(body.GetProperty("incidents")));
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string published)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await Json.ReadAsync(response);
        Assert.Equal("published", problem.GetProperty("parameter").GetString());
        Assert.Contains(published, problem.GetProperty("detail").GetString());
    }
}
