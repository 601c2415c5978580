using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace IncidentMap.Server.Tests.Browser;

/// <summary>
/// The map page over 200,000 incidents: it receives only what the view needs (the server's clusters zoomed out),
/// its counts equal the API's for the same view and filters, the timeline agrees with /api/stats/timeline, and the
/// near-border panel pages through thousands of results. Transfer sizes are asserted; server times are measured and
/// written to the test output (the figures are in docs/benchmarks/server.md, not asserted on a shared machine).
/// </summary>
public abstract class LargeMapTests(MapServerFixture server)
{
    private const string _europe = "map=4/52/15";

    [Fact]
    public async Task FirstViewOfEurope_ReceivesClustersUnder3MbWithTheApisCount()
    {
        server.SkipIfUnavailable();
        var requests = new List<IRequest>();
        await using var map = await MapPage.OpenAsync(server, _europe, prepare: context =>
        {
            context.RequestFinished += (_, request) => requests.Add(request);
            return Task.CompletedTask;
        });
        await map.WaitForBasemapAsync();

        var bytes = 0L;
        var serverMs = 0.0;
        foreach (var request in requests.ToList())
        {
            var sizes = await request.SizesAsync();
            bytes += sizes.ResponseBodySize + sizes.ResponseHeadersSize;
            var ms = request.Timing.ResponseEnd - request.Timing.RequestStart;
            if (request.Url.Contains("/api/", StringComparison.Ordinal) && !request.Url.Contains("/api/basemap/", StringComparison.Ordinal))
            {
                serverMs += ms;
                TestContext.Current.TestOutputHelper?.WriteLine($"  {ms,6:F0} ms {sizes.ResponseBodySize,9:N0} B {request.Url}");
            }
        }
        TestContext.Current.TestOutputHelper?.WriteLine($"first view of Europe: {bytes:N0} bytes in {requests.Count} responses; API time {serverMs:F0} ms");

        Assert.True(bytes < 3_000_000, $"{bytes:N0} bytes transferred");
        Assert.Contains("clustered", await map.Page.Locator("#status").TextContentAsync(), StringComparison.Ordinal);
        var inView = await ShownAsync(map);
        Assert.True(inView > 100_000, $"{inView} incidents in the view of Europe");
        Assert.Equal(inView, await map.CountMarkersAsync());
        Assert.Equal(inView, await ApiCountAsync(await BboxAsync(map)));
        Assert.DoesNotContain(requests, r => r.Url.Contains("/api/layers/incidents", StringComparison.Ordinal) && !r.Url.Contains("bbox=", StringComparison.Ordinal));
        Assert.Empty(map.Errors);
    }

    [Fact]
    public async Task PanAndZoom_AskForTheViewOnlyAndCountAsTheApi()
    {
        server.SkipIfUnavailable();
        await using var map = await MapPage.OpenAsync(server, "map=6/52.5/23");
        var times = new List<double>();
        var timed = new List<string>();
        // Only what the pans and zooms ask for: a request the opening view sent may still finish meanwhile.
        var asked = new HashSet<IRequest>();
        map.Page.Request += (_, request) => asked.Add(request);
        map.Page.RequestFinished += (_, request) =>
        {
            if (asked.Contains(request) && (request.Url.Contains("/api/layers/", StringComparison.Ordinal) || request.Url.Contains("/api/stats/", StringComparison.Ordinal)))
            {
                times.Add(request.Timing.ResponseEnd - request.Timing.RequestStart);
                timed.Add($"  {times[^1],6:F0} ms {request.Url}");
            }
        };
        await map.Page.Locator("#map").FocusAsync();

        foreach (var key in new[] { "Equal", "ArrowRight", "Equal", "ArrowDown", "Equal", "Minus", "ArrowLeft" })
        {
            var before = map.Page.Url;
            await map.Page.Keyboard.PressAsync(key);
            try
            {
                await map.Page.WaitForFunctionAsync("u => location.href !== u", before);
            }
            catch (TimeoutException e)
            {
                var focused = await map.Page.EvaluateAsync<string>("() => document.activeElement ? document.activeElement.outerHTML.slice(0, 160) : 'nothing'");
                throw new TimeoutException($"The map did not move on {key} from {before} (focus on {focused}; {string.Join("; ", map.Errors)}; requests: {string.Join(" ", timed)})", e);
            }
            await map.WaitForLoadAsync();
            await map.Page.WaitForFunctionAsync("() => document.body.getAttribute('aria-busy') === null");
            var shown = await ShownAsync(map);
            Assert.Equal(shown, await map.CountMarkersAsync());
            Assert.Equal(shown, await ApiCountAsync(await BboxAsync(map)));
        }
        foreach (var line in timed) TestContext.Current.TestOutputHelper?.WriteLine(line);
        times.Sort();
        var p95 = times.Count == 0 ? 0 : times[(int)Math.Ceiling(times.Count * 0.95) - 1];
        TestContext.Current.TestOutputHelper?.WriteLine($"pan and zoom: {times.Count} requests, p95 {p95:F0} ms, max {times.LastOrDefault():F0} ms");
        Assert.NotEmpty(times);
        Assert.Empty(map.Errors);
    }

    [Fact]
    public async Task Timeline_AgreesWithTheApiAndDraggingSetsTheTimeFilter()
    {
        server.SkipIfUnavailable();
        await using var map = await MapPage.OpenAsync(server, _europe);
        var bbox = await BboxAsync(map);
        var api = await server.GetCollectionAsync($"api/stats/timeline?bbox={bbox}");
        var chart = map.Page.Locator("#timeline");

        Assert.Equal(api["total"]!.GetValue<long>().ToString(CultureInfo.InvariantCulture), await chart.GetAttributeAsync("data-total"));
        Assert.Equal(api["buckets"]!.AsArray().Count.ToString(CultureInfo.InvariantCulture), await chart.GetAttributeAsync("data-buckets"));

        var over = await chart.Locator(".u-over").BoundingBoxAsync();
        var answered = map.Page.WaitForResponseAsync(r => r.Url.Contains("/api/layers/clusters", StringComparison.Ordinal) && r.Url.Contains("datetime=", StringComparison.Ordinal));
        await map.Page.Mouse.MoveAsync(over!.X + over.Width * 0.4f, over.Y + over.Height / 2);
        await map.Page.Mouse.DownAsync();
        await map.Page.Mouse.MoveAsync(over.X + over.Width * 0.6f, over.Y + over.Height / 2, new() { Steps = 5 });
        await map.Page.Mouse.UpAsync();
        await answered;
        await map.WaitForLoadAsync();
        var hash = System.Web.HttpUtility.ParseQueryString(new Uri(map.Page.Url).Fragment.TrimStart('#'));
        var (from, to) = (hash["from"], hash["to"]);
        Assert.NotNull(from);
        Assert.True(string.CompareOrdinal(from, to) < 0, $"{from} to {to}");
        var shown = await ShownAsync(map);
        var expected = await ApiCountAsync(await BboxAsync(map), $"&datetime={from}T00:00:00Z/{to}T23:59:59Z");
        Assert.Equal(expected, shown);
        var days = await server.GetCollectionAsync($"api/stats/timeline?bbox={await BboxAsync(map)}&datetime={from}T00:00:00Z/{to}T23:59:59Z");
        Assert.Equal(expected, days["total"]!.GetValue<long>());
        Assert.Empty(map.Errors);
    }

    [Fact]
    public async Task NearBorderPanel_PagesThroughMoreThanAThousandResults()
    {
        server.SkipIfUnavailable();
        var api = await server.GetCollectionAsync("api/incidents/near-border?a=BLR&b=POL&km=50&limit=1");
        var matched = api["numberMatched"]!.GetValue<long>();
        await using var map = await MapPage.OpenAsync(server, "panel=border&border=BLR-POL&km=50");
        var summary = map.Page.Locator("#border-summary[data-matched]");
        await summary.WaitForAsync();

        Assert.True(matched > 1000, $"{matched} incidents near the border");
        Assert.Equal(matched.ToString(CultureInfo.InvariantCulture), await summary.GetAttributeAsync("data-matched"));
        Assert.Contains(matched.ToString(CultureInfo.InvariantCulture), await summary.TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(100, await map.Page.Locator("#border-results li").CountAsync());
        await map.Page.GetByRole(AriaRole.Button, new() { Name = "Show more" }).ClickAsync();
        await map.Page.WaitForFunctionAsync("() => document.querySelectorAll('#border-results li').length === 200");
        var distances = (await map.Page.Locator("#border-results .distance").AllTextContentsAsync())
            .Select(t => double.Parse(t.Replace(" km", "", StringComparison.Ordinal), CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(distances.Order(), distances);
        Assert.Empty(map.Errors);
    }

    [Fact]
    public async Task NearBorderDownload_IsEveryMatchNearestFirstAcrossPages()
    {
        server.SkipIfUnavailable();
        // The panel's download link: no limit, so the file holds every match, read in pages of the largest limit.
        var matched = (await server.GetCollectionAsync("api/incidents/near-border?a=ROU&b=UKR&km=100&limit=1"))["numberMatched"]!.GetValue<long>();
        var file = await server.GetCollectionAsync("api/incidents/near-border?a=ROU&b=UKR&km=100&download=1");
        var features = file["features"]!.AsArray();

        Assert.True(matched > 10_000, $"{matched} incidents near the border: too few to need a second page");
        Assert.Equal(matched, features.Count);
        Assert.Equal(matched, file["numberMatched"]!.GetValue<long>());
        Assert.Equal(features.Count, features.Select(f => f!["id"]!.GetValue<long>()).Distinct().Count());
        var distances = features.Select(f => f!["properties"]!["distance_km"]!.GetValue<double>()).ToList();
        Assert.Equal(distances.Order(), distances);
    }

    private static async Task<long> ShownAsync(MapPage map) =>
        long.Parse((await map.Page.Locator("#status").GetAttributeAsync("data-incidents"))!, CultureInfo.InvariantCulture);

    private static async Task<string> BboxAsync(MapPage map) => (await map.Page.Locator("#status").GetAttributeAsync("data-bbox"))!;

    /// <summary>The incidents layer's count for a bbox and filters.</summary>
    private async Task<long> ApiCountAsync(string bbox, string filters = "")
    {
        JsonObject layer = await server.GetCollectionAsync($"api/layers/incidents?limit=1&bbox={bbox}{filters}");
        return layer["numberMatched"]!.GetValue<long>();
    }
}

/// <summary>The large-data page tests on the embedded store.</summary>
[Collection(LargeMapCollection.Name)]
public sealed class EmbeddedLargeMapTests(LargeMapFixture server) : LargeMapTests(server);

/// <summary>The large-data page tests on PostGIS.</summary>
[Collection(LargePostGisMapCollection.Name)]
public sealed class PostGisLargeMapTests(LargePostGisMapFixture server) : LargeMapTests(server);
