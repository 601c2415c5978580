using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using IncidentMap.Geoparsing.Places;
using IncidentMap.Server.Tests.Api;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Playwright;

namespace IncidentMap.Server.Tests.Browser;

/// <summary>
/// One real server (Kestrel on 127.0.0.1, embedded store in a temporary folder, seed ingested at start, the real
/// gazetteer from INCIDENTMAP_GEODATA, loaded once per test run) and one headless Debian Chromium, shared by all map
/// page tests.
/// </summary>
public class MapServerFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] _chromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "incidentmap-browser-" + Guid.NewGuid().ToString("N"));
    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Why the tests cannot run here, or null when they can.</summary>
    public string? SkipReason { get; private set; }

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException(SkipReason);

    public HttpClient Api { get; } = new();

    public async ValueTask InitializeAsync()
    {
        var geodata = Environment.GetEnvironmentVariable("INCIDENTMAP_GEODATA");
        if (!File.Exists(ChromiumPath)) SkipReason = $"Chromium is not installed at {ChromiumPath} (Debian package chromium).";
        else if (string.IsNullOrEmpty(geodata) || !Directory.Exists(geodata)) SkipReason = "INCIDENTMAP_GEODATA does not name a folder with the gazetteer sources.";
        if (SkipReason is not null) return;

        Directory.CreateDirectory(_dataDirectory);
        var gazetteer = SharedGazetteer.Get();
        var connectionString = await PrepareDatabaseAsync(gazetteer);
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("INCIDENTMAP_GEODATA", geodata);
            builder.UseSetting("INCIDENTMAP_DATA", _dataDirectory);
            builder.UseSetting("ConnectionStrings:IncidentMap", connectionString ?? "");
            builder.UseSetting("INCIDENTMAP_API_KEY", "");
            foreach (var (key, value) in Settings) builder.UseSetting(key, value);
            builder.ConfigureServices(services =>
            {
                services.RemoveAll<Gazetteer>();
                services.AddSingleton(gazetteer);
            });
        });
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
        Api.BaseAddress = BaseAddress;
        await WaitUntilReadyAsync();
        await FillAsync(_factory.Services.GetRequiredService<IncidentMap.Server.Storage.IIncidentStore>(), gazetteer);

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true, Args = _chromiumArgs });
    }

    /// <summary>The PostGIS database the server uses, made ready before it starts; null for the embedded store.</summary>
    protected virtual Task<string?> PrepareDatabaseAsync(Gazetteer gazetteer) => Task.FromResult<string?>(null);

    /// <summary>Server settings beyond the defaults; none here.</summary>
    protected virtual IEnumerable<(string Key, string Value)> Settings => [];

    /// <summary>Adds what the tests need beyond the seed, once the server runs; nothing here.</summary>
    protected virtual Task FillAsync(IncidentMap.Server.Storage.IIncidentStore store, Gazetteer gazetteer) => Task.CompletedTask;

    /// <summary>The store initializes and ingests the seed in the background; the page is tested once it is ready.</summary>
    private async Task WaitUntilReadyAsync()
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            try
            {
                using var response = await Api.GetAsync(new Uri("health/ready", UriKind.Relative));
                if (response.IsSuccessStatusCode && (await GetCollectionAsync("api/layers/incidents?limit=1"))["numberMatched"]!.GetValue<long>() > 0) return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The server did not become ready with the seed ingested within 3 minutes.");
            await Task.Delay(250);
        }
    }

    /// <summary>A GeoJSON answer of the API.</summary>
    public async Task<JsonObject> GetCollectionAsync(string relativeUrl) =>
        (await Api.GetFromJsonAsync<JsonObject>(new Uri(relativeUrl, UriKind.Relative)))!;

    /// <summary>The located incidents the API returns for a query string (every page).</summary>
    public async Task<List<JsonObject>> GetIncidentsAsync(string query = "")
    {
        var collection = await GetCollectionAsync($"api/layers/incidents?limit=10000{(query.Length > 0 ? "&" + query : "")}");
        return [.. collection["features"]!.AsArray().Select(f => f!.AsObject()).Where(f => f["geometry"] is not null)];
    }

    /// <summary>Skips the calling test, with the reason, when the browser or the geodata are missing (fails it under CI).</summary>
    public void SkipIfUnavailable()
    {
        if (SkipReason is not null) Requirements.Unavailable(SkipReason);
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_factory is not null) await _factory.DisposeAsync();
        Api.Dispose();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // a file still held open; the temp folder is cleaned by the system
        }
    }
}
