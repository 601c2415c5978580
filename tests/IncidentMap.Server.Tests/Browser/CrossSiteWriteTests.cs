using System.Net;
using System.Text;
using IncidentMap.Server.Tests.Api;

namespace IncidentMap.Server.Tests.Browser;

/// <summary>
/// A page on another loopback origin tries to post an article to the server (no API key configured) the way a
/// cross-site request forgery would: <c>fetch(..., {mode: 'no-cors'})</c> with a text/plain body, which a browser
/// sends without asking the server. The same request from the map's own origin goes through.
/// </summary>
[Collection(MapServerCollection.Name)]
public sealed class CrossSiteWriteTests(MapServerFixture server)
{
    private const string _attack = """
        async ({ target, text }) => {
          await fetch(target + 'api/articles', { method: 'POST', mode: 'no-cors', headers: { 'Content-Type': 'text/plain' }, body: text });
          return true;
        }
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NoCorsPost_FromAPageOnAnotherOrigin_StoresNothing_FromTheMapsOwnOrigin_IsStored()
    {
        server.SkipIfUnavailable();
        // The other origin: the same loopback server named localhost instead of 127.0.0.1, another site to the browser.
        var attacker = new Uri($"http://localhost:{server.BaseAddress.Port}/health/live");
        await using var context = await server.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var forged = Article("forged");
        var own = Article("own origin");

        await page.GotoAsync(attacker.ToString());
        await page.EvaluateAsync<bool>(_attack, new { target = server.BaseAddress.ToString(), text = forged });
        await page.GotoAsync(server.BaseAddress.ToString());
        await page.EvaluateAsync<bool>(_attack, new { target = server.BaseAddress.ToString(), text = own });

        // Posting a text again answers 201 when it was not stored yet and 200 when it was.
        var (forgedStatus, forgedId) = await PostAsync(forged);
        var (ownStatus, ownId) = await PostAsync(own);
        await DeleteAsync(forgedId);
        await DeleteAsync(ownId);
        Assert.Equal(HttpStatusCode.Created, forgedStatus);
        Assert.Equal(HttpStatusCode.OK, ownStatus);
    }

    private static string Article(string what) =>
        $"date 2025-09-14\nPoland said two drones had violated its airspace near Lublin ({what}, {Guid.NewGuid():N}).";

    private async Task<(HttpStatusCode, long)> PostAsync(string text)
    {
        using var response = await server.Api.PostAsync(new Uri("api/articles", UriKind.Relative), new StringContent(text, Encoding.UTF8, "text/plain"), Ct);
        return (response.StatusCode, (await Json.ReadAsync(response)).GetProperty("id").GetInt64());
    }

    // The other map page tests see the seed only.
    private async Task DeleteAsync(long id)
    {
        using var deleted = await server.Api.DeleteAsync(new Uri($"api/articles/{id}", UriKind.Relative), Ct);
        deleted.EnsureSuccessStatusCode();
    }
}
