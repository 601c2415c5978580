using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace IncidentMap.Server.Tests.Browser;

/// <summary>The map page at / in headless Chromium, against the real server with the seed article ingested.</summary>
[Collection(MapServerCollection.Name)]
public sealed class MapPageTests(MapServerFixture server)
{
    [Fact]
    public async Task Page_LoadsWithoutConsoleErrors()
    {
        server.SkipIfUnavailable();
        await using var map = await MapPage.OpenAsync(server);
        await map.WaitForBasemapAsync();

        Assert.True(await map.CountMarkersAsync() > 0);
        Assert.True(await map.Page.Locator(".leaflet-basemap-pane canvas").CountAsync() > 0, "the offline basemap is drawn");
        Assert.Empty(map.Errors);

        // docs/map-screenshot.png: `INCIDENTMAP_SCREENSHOT=$PWD/docs/map-screenshot.png dotnet test --filter ...` (docs/map.md).
        if (Environment.GetEnvironmentVariable("INCIDENTMAP_SCREENSHOT") is { Length: > 0 } path)
        {
            await using var shown = await MapPage.OpenAsync(server, "map=6/53.4/25&panel=border&border=BLR-POL&km=50");
            await shown.WaitForBasemapAsync();
            await shown.Page.Locator("#border-results li").First.WaitForAsync();
            await shown.Page.ScreenshotAsync(new() { Path = path });
            Assert.Empty(shown.Errors);
        }
    }

    [Fact]
    public async Task Markers_CountingClusterMembers_EqualTheApiCount()
    {
        server.SkipIfUnavailable();
        var expected = (await server.GetIncidentsAsync()).Count;
        await using var map = await MapPage.OpenAsync(server);

        Assert.True(expected > 0);
        Assert.Equal(expected, await map.CountMarkersAsync());
    }

    [Fact]
    public async Task Popup_ShowsTheSentenceWithItsMentionAndTheSource()
    {
        server.SkipIfUnavailable();
        var troops = await FindIncidentAsync("40,000 troops");
        var properties = troops["properties"]!;
        await using var map = await MapPage.OpenAsync(server, "panel=list");

        await map.Page.Locator($"#incident-list button[data-incident-id='{troops["id"]}']").ClickAsync();
        var popup = map.Page.Locator(".leaflet-popup .incident-popup");
        await popup.WaitForAsync();

        Assert.Equal(properties["summary"]!.GetValue<string>(), await popup.Locator(".summary-text").TextContentAsync());
        var mention = properties["places"]![0]!["mention"]!.GetValue<string>();
        Assert.Contains(mention, await popup.Locator(".summary-text mark").AllTextContentsAsync());
        Assert.Contains(properties["article_title"]!.GetValue<string>(), await popup.TextContentAsync(), StringComparison.Ordinal);
        Assert.Empty(map.Errors);
    }

    [Fact]
    public async Task TypeFilter_ChangesTheCountAsTheApiDoes()
    {
        server.SkipIfUnavailable();
        var all = await server.GetIncidentsAsync();
        var strategic = await server.GetIncidentsAsync("type=strategic_developments");
        await using var map = await MapPage.OpenAsync(server);

        foreach (var other in new[] { "battles", "explosions_remote_violence", "airspace_incidents" })
            await map.ReloadAfterAsync(() => map.Page.Locator($"#type-{other}").UncheckAsync());

        Assert.NotEqual(all.Count, strategic.Count);
        Assert.Equal(strategic.Count, await map.CountMarkersAsync());
        Assert.Contains("types=strategic_developments", map.Page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TimeFilter_ChangesTheCountAsTheApiDoes()
    {
        server.SkipIfUnavailable();
        var all = await server.GetIncidentsAsync();
        var newest = all.Select(f => f["properties"]!["date"]?.GetValue<string>()).OfType<string>().Max()!;
        var lastDay = await server.GetIncidentsAsync($"datetime={newest}T00:00:00Z/{newest}T23:59:59Z");
        await using var map = await MapPage.OpenAsync(server);

        await map.ReloadAfterAsync(() => map.Page.GetByRole(AriaRole.Button, new() { Name = "Last 24 h" }).ClickAsync());
        Assert.InRange(lastDay.Count, 1, all.Count - 1);
        Assert.Equal(lastDay.Count, await map.CountMarkersAsync());
        Assert.Contains($"from={newest}&to={newest}", map.Page.Url, StringComparison.Ordinal);

        await map.ReloadAfterAsync(() => map.Page.GetByRole(AriaRole.Button, new() { Name = "All" }).ClickAsync());
        Assert.Equal(all.Count, await map.CountMarkersAsync());
    }

    [Fact]
    public async Task NearBorderPanel_PolandBelarus50Km_ShowsTheTroopDeployment()
    {
        server.SkipIfUnavailable();
        var expected = await server.GetCollectionAsync("api/incidents/near-border?a=POL&b=BLR&km=50");
        await using var map = await MapPage.OpenAsync(server, "panel=border");

        await map.Page.GetByLabel("Find a border by country").FillAsync("Poland");
        await map.Page.GetByLabel("Border", new() { Exact = true }).SelectOptionAsync("BLR-POL");
        await map.Page.GetByLabel("Distance (km)").FillAsync("50");
        await map.Page.GetByRole(AriaRole.Button, new() { Name = "Show incidents near this border" }).ClickAsync();
        await map.Page.Locator("#border-results li").First.WaitForAsync();

        var items = await map.Page.Locator("#border-results li").AllTextContentsAsync();
        Assert.Equal(expected["features"]!.AsArray().Count, items.Count);
        Assert.Contains(items, text => text.Contains("40,000 troops", StringComparison.Ordinal) && text.Contains(" km", StringComparison.Ordinal));
        Assert.True(await map.Page.Locator(".leaflet-highlight-pane path").CountAsync() >= 2, "the buffer and the border line are drawn");
        Assert.Contains("border=BLR-POL&km=50", map.Page.Url, StringComparison.Ordinal);
        Assert.Empty(map.Errors);
    }

    [Fact]
    public async Task IncidentDownload_IsAFeatureCollectionOfTheFilteredIncidents()
    {
        server.SkipIfUnavailable();
        var strategic = await server.GetIncidentsAsync("type=strategic_developments");
        await using var map = await MapPage.OpenAsync(server, "types=strategic_developments");

        var download = await map.Page.RunAndWaitForDownloadAsync(() => map.Page.Locator("#download-incidents").ClickAsync());
        var json = JsonNode.Parse(await File.ReadAllTextAsync(await download.PathAsync(), TestContext.Current.CancellationToken))!;

        Assert.Equal("FeatureCollection", json["type"]!.GetValue<string>());
        var features = json["features"]!.AsArray();
        Assert.Equal(strategic.Count, features.Count(f => f!["geometry"] is not null));
        Assert.All(features, f => Assert.Equal("strategic_developments", f!["properties"]!["type"]!.GetValue<string>()));
        Assert.EndsWith(".geojson", download.SuggestedFilename, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ArticleWithMarkup_RendersAsTextAndRunsNoScript()
    {
        server.SkipIfUnavailable();
        const string payload = "<img src=x onerror=\"window.__injected=1\">";
        await using var map = await MapPage.OpenAsync(server, "panel=ingest");

        await map.Page.GetByLabel("Title").FillAsync($"Drones over Poland {payload}");
        await map.Page.GetByLabel("Article text").FillAsync(
            $"date 2025-09-14\nPoland said on Sunday that two Russian drones had violated Polish airspace near Lublin {payload} and were shot down.");
        var posted = map.Page.WaitForResponseAsync(r => r.Url.EndsWith("/api/articles", StringComparison.Ordinal) && r.Request.Method == "POST");
        await map.ReloadAfterAsync(() => map.Page.GetByRole(AriaRole.Button, new() { Name = "Add article" }).Last.ClickAsync());
        var articleId = (await (await posted).JsonAsync())!.Value.GetProperty("id").GetInt64();
        try
        {
            await map.Page.Locator(".leaflet-popup .incident-popup").WaitForAsync();

            var popup = await map.Page.Locator(".leaflet-popup .incident-popup").TextContentAsync();
            Assert.Contains(payload, popup, StringComparison.Ordinal);
            Assert.Contains(payload, await map.Page.Locator("#ingest-results").TextContentAsync(), StringComparison.Ordinal);
            Assert.Equal(0, await map.Page.Locator("img[src='x']").CountAsync());
            Assert.True(await map.Page.EvaluateAsync<bool>("() => window.__injected === undefined"));
        }
        finally
        {
            // The other tests (and the screenshot) see the seed only.
            using var deleted = await server.Api.DeleteAsync(new Uri($"api/articles/{articleId}", UriKind.Relative), TestContext.Current.CancellationToken);
            deleted.EnsureSuccessStatusCode();
        }
    }

    [Fact]
    public async Task Page_WorksWithEveryRequestButTheServersBlocked()
    {
        server.SkipIfUnavailable();
        var expected = (await server.GetIncidentsAsync()).Count;
        var blocked = new List<string>();
        var origin = server.BaseAddress.GetLeftPart(UriPartial.Authority);
        await using var map = await MapPage.OpenAsync(server, prepare: context => context.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith(origin, StringComparison.Ordinal)) await route.ContinueAsync();
            else
            {
                blocked.Add(route.Request.Url);
                await route.AbortAsync();
            }
        }));

        await map.WaitForBasemapAsync();

        Assert.Equal(expected, await map.CountMarkersAsync());
        Assert.True(await map.Page.Locator(".leaflet-basemap-pane canvas").CountAsync() > 0, "the offline basemap is drawn");
        Assert.Empty(blocked);
        Assert.Empty(map.Errors);
    }

    [Fact]
    public async Task Page_WhenTheIncidentsFailToLoad_SaysSoAndRecoversOnRetry()
    {
        server.SkipIfUnavailable();
        var expected = (await server.GetIncidentsAsync()).Count;
        var failing = true;
        await using var context = await server.Browser.NewContextAsync(new() { BaseURL = server.BaseAddress.ToString() });
        await context.RouteAsync("**/api/layers/incidents*", async route =>
        {
            if (failing) await route.FulfillAsync(new() { Status = 503, ContentType = "application/problem+json", Body = /*lang=json*/ "{\"title\":\"Service unavailable\",\"status\":503}" });
            else await route.ContinueAsync();
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        var retry = page.GetByRole(AriaRole.Button, new() { Name = "Try again" });
        await retry.WaitForAsync();
        Assert.Contains("Could not load incidents: Service unavailable", await page.Locator("#status").TextContentAsync(), StringComparison.Ordinal);

        failing = false;
        await retry.ClickAsync();
        await page.WaitForFunctionAsync("n => document.getElementById('status').dataset.incidents === String(n)", expected);
        Assert.True(await retry.IsHiddenAsync());
    }

    [Fact]
    public async Task Controls_HaveLabelsAndTheKeyboardReachesThem()
    {
        server.SkipIfUnavailable();
        await using var map = await MapPage.OpenAsync(server);

        var unlabelled = await map.Page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('#sidebar input, #sidebar select, #sidebar textarea, #sidebar button, #sidebar a')]
              .filter(e => !(e.labels?.length || e.getAttribute('aria-label') || e.textContent.trim()))
              .map(e => e.id || e.outerHTML.slice(0, 80))
            """);
        Assert.Empty(unlabelled);

        // The first Tab lands on the panel tabs; arrow keys switch panels, Tab goes on into the open panel.
        await map.Page.Keyboard.PressAsync("Tab");
        Assert.Equal("tab-filters", await map.Page.EvaluateAsync<string>("() => document.activeElement.id"));
        await map.Page.Keyboard.PressAsync("ArrowRight");
        await map.Page.Keyboard.PressAsync("ArrowRight");
        Assert.Equal("tab-border", await map.Page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.True(await map.Page.Locator("#panel-border").IsVisibleAsync());
        await map.Page.Keyboard.PressAsync("Tab");
        Assert.Equal("border-search", await map.Page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.Contains("panel=border", map.Page.Url, StringComparison.Ordinal);
    }

    private async Task<JsonObject> FindIncidentAsync(string sentencePart) =>
        (await server.GetIncidentsAsync()).First(f => f["properties"]!["summary"]!.GetValue<string>().Contains(sentencePart, StringComparison.Ordinal));
}
