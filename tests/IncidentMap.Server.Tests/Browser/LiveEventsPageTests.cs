using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Playwright;

namespace IncidentMap.Server.Tests.Browser;

/// <summary>The open map follows the live stream, and lists the feeds with their status.</summary>
[Collection(MapServerCollection.Name)]
public sealed class LiveEventsPageTests(MapServerFixture server)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OpenMap_ShowsAnEventCreatedAfterItLoaded()
    {
        server.SkipIfUnavailable();
        await using var map = await MapPage.OpenAsync(server);
        await map.Page.WaitForFunctionAsync("() => document.body.dataset.live === 'open'");
        var badge = map.Page.Locator("#live-new");
        Assert.True(await badge.IsHiddenAsync());

        using var posted = await server.Api.PostAsync(new Uri("api/articles", UriKind.Relative),
            new StringContent("date 2025-09-14\nRussian missiles struck Odesa on Sunday, officials said.", Encoding.UTF8, "text/plain"), Ct);
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var articleId = (await posted.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Ct)).GetProperty("id").GetInt64();
        try
        {
            await map.Page.Locator("#live-new:not([hidden])").WaitForAsync(new() { Timeout = 10_000 });
            Assert.Equal("1 new", await badge.TextContentAsync());
            Assert.Equal(1, await map.Page.Locator(".leaflet-live-pane .live-event-marker").CountAsync());

            await badge.ClickAsync();
            var item = map.Page.Locator("#live-list .live-item");
            Assert.Contains("Odesa", await item.TextContentAsync(), StringComparison.Ordinal);
            Assert.Contains("1 report", await item.TextContentAsync(), StringComparison.Ordinal);
            await item.ClickAsync();
            var popup = map.Page.Locator(".leaflet-popup .event-popup");
            await popup.WaitForAsync();
            Assert.Contains("Missile attack", await popup.TextContentAsync(), StringComparison.Ordinal);

            // The list follows the filters: without explosions it is empty, with them back it shows the event again.
            await map.ReloadAfterAsync(() => map.Page.Locator("#type-explosions_remote_violence").UncheckAsync());
            Assert.True(await badge.IsHiddenAsync());
            Assert.Equal(0, await map.Page.Locator(".leaflet-live-pane .live-event-marker").CountAsync());
            await map.ReloadAfterAsync(() => map.Page.Locator("#type-explosions_remote_violence").CheckAsync());
            Assert.Equal("1 new", await badge.TextContentAsync());
        }
        finally
        {
            using var deleted = await server.Api.DeleteAsync(new Uri($"api/articles/{articleId}", UriKind.Relative), Ct);
            deleted.EnsureSuccessStatusCode();
        }
        // Its article deleted, the event is gone from the open page too.
        await map.Page.Locator("#live-new[hidden]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 10_000 });
        Assert.Empty(map.Errors);
    }

    [Fact]
    public async Task FeedsPanel_ListsEachFeedWithItsStatus()
    {
        server.SkipIfUnavailable();
        // The server's own loopback address: refused (this server does not allow private addresses), so no request leaves.
        var url = new Uri(server.BaseAddress, "rss/world").AbsoluteUri;
        using var added = await server.Api.PostAsJsonAsync("api/feeds", new { url, title = "Loopback world news", interval_minutes = 60 }, Ct);
        var feedId = (await added.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Ct)).GetProperty("id").GetInt64();
        try
        {
            using var polled = await server.Api.PostAsync(new Uri($"api/feeds/{feedId}/poll", UriKind.Relative), null, Ct);
            Assert.Equal(HttpStatusCode.OK, polled.StatusCode);
            await using var map = await MapPage.OpenAsync(server, "panel=feeds");

            var feed = map.Page.Locator($"#feed-list li[data-feed-id='{feedId}']");
            await feed.WaitForAsync();

            var text = await feed.TextContentAsync();
            Assert.Contains("Loopback world news", text, StringComparison.Ordinal);
            Assert.Contains(url, text, StringComparison.Ordinal);
            Assert.Contains("Refused: 127.0.0.1 is a loopback address", text, StringComparison.Ordinal);
            Assert.Contains("every 60 min", text, StringComparison.Ordinal);
            Assert.Contains("error", await feed.GetAttributeAsync("class"), StringComparison.Ordinal);
            Assert.Empty(map.Errors);
        }
        finally
        {
            using var deleted = await server.Api.DeleteAsync(new Uri($"api/feeds/{feedId}", UriKind.Relative), Ct);
            deleted.EnsureSuccessStatusCode();
        }
    }
}
