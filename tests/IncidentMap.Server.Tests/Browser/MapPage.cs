using Microsoft.Playwright;

namespace IncidentMap.Server.Tests.Browser;

/// <summary>The map page in a fresh browser context, with every console error and failed request it produced.</summary>
public sealed class MapPage : IAsyncDisposable
{
    // Incident markers outside clusters, plus the members each cluster icon counts; icons faded out by a cluster
    // animation are on their way out and not counted.
    private const string _countMarkersScript = """
        () => {
          const shown = (selector) => [...document.querySelectorAll(selector)].filter(e => e.style.opacity !== '0');
          let n = shown('.leaflet-marker-pane .incident-marker').length;
          for (const c of shown('.leaflet-marker-pane .incident-cluster')) n += Number(c.textContent);
          return n;
        }
        """;

    // Settled: no zoom, pan or cluster animation running, and the same count as 300 ms before.
    private const string _settledScript = """
        async () => {
          const count = () => document.querySelectorAll('.leaflet-marker-pane .leaflet-marker-icon').length;
          const before = count();
          await new Promise(resolve => setTimeout(resolve, 300));
          return before === count() && !document.querySelector('.leaflet-zoom-anim, .leaflet-cluster-anim, .leaflet-pan-anim');
        }
        """;

    private readonly IBrowserContext _context;

    private MapPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) => { if (message.Type == "error") Errors.Add($"console: {message.Text}"); };
        page.PageError += (_, error) => Errors.Add($"page error: {error}");
        page.RequestFailed += (_, request) => Errors.Add($"request failed: {request.Url} ({request.Failure})");
        page.Response += (_, response) => { if (response.Status >= 400) Errors.Add($"HTTP {response.Status}: {response.Url}"); };
    }

    public IPage Page { get; }

    public List<string> Errors { get; } = [];

    public static async Task<MapPage> OpenAsync(MapServerFixture server, string hash = "", int width = 1400, int height = 900,
        Func<IBrowserContext, Task>? prepare = null)
    {
        var context = await server.Browser.NewContextAsync(new() { BaseURL = server.BaseAddress.ToString(), ViewportSize = new() { Width = width, Height = height }, AcceptDownloads = true });
        if (prepare is not null) await prepare(context);
        var map = new MapPage(context, await context.NewPageAsync());
        await map.Page.GotoAsync("/" + (hash.Length > 0 ? "#" + hash : ""));
        await map.WaitForLoadAsync();
        return map;
    }

    /// <summary>Waits until the page has finished loading the layers for its current filters.</summary>
    public async Task WaitForLoadAsync()
    {
        try
        {
            await Page.WaitForFunctionAsync("() => document.body.getAttribute('aria-busy') === null && document.getElementById('status').dataset.incidents !== undefined");
            // Zooming to the incidents animates the map and the clusters: count only once both have settled.
            await Page.WaitForFunctionAsync(_settledScript);
        }
        catch (TimeoutException e)
        {
            // Say what the page was waiting for, so a failure names the request or script that held it.
            var busy = await Page.EvaluateAsync<string?>("() => document.body.getAttribute('aria-busy')");
            throw new TimeoutException($"The map did not settle at {Page.Url} (aria-busy: {busy ?? "none"}; {string.Join("; ", Errors)})", e);
        }
    }

    /// <summary>Runs an action that changes the filters and waits for the new layers.</summary>
    public async Task ReloadAfterAsync(Func<Task> action)
    {
        var answered = Page.WaitForResponseAsync(r => r.Url.Contains("/api/layers/incidents", StringComparison.Ordinal));
        await action();
        await answered;
        await WaitForLoadAsync();
    }

    /// <summary>Waits for the offline basemap's outlines: the server simplifies them on its first request, which
    /// takes seconds on a busy machine.</summary>
    public Task WaitForBasemapAsync() =>
        Page.Locator("#map[data-basemap='ready']").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 120_000 });

    public Task<int> CountMarkersAsync() => Page.EvaluateAsync<int>(_countMarkersScript);

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
