using System.Net;
using IncidentMap.Geoparsing.Places;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IncidentMap.Server.Tests.Api;

/// <summary>
/// One fresh IncidentMap server per test: its own embedded store folder or its own PostGIS database, the shared
/// gazetteer, and the seed ingested at start. Dispose it to stop the server and remove the folder.
/// </summary>
public sealed class ServerFactory : WebApplicationFactory<Program>
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "incidentmap-test-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly string? _connectionString;
    private readonly string? _apiKey;
    private readonly Gazetteer _gazetteer;
    private readonly bool _ownsDatabase;
    private readonly IReadOnlyDictionary<string, string>? _settings;

    private ServerFactory(string? connectionString, string? apiKey, Gazetteer gazetteer, bool ownsDatabase, IReadOnlyDictionary<string, string>? settings = null)
    {
        _connectionString = connectionString;
        _apiKey = apiKey;
        _gazetteer = gazetteer;
        _ownsDatabase = ownsDatabase;
        _settings = settings;
    }

    /// <summary>The address the in-process test client appears to come from; loopback unless a test says otherwise
    /// (null: no address at all). Set it before the first request.</summary>
    public IPAddress? ClientAddress { get; set; } = IPAddress.Loopback;

    /// <summary>More configuration (rate limits, timeouts), set before the first request.</summary>
    public Dictionary<string, string> Settings { get; } = [];

    /// <summary>A server on an existing database, which it leaves in place.</summary>
    internal ServerFactory(string connectionString, Gazetteer gazetteer, string? apiKey = null) : this(connectionString, apiKey, gazetteer, ownsDatabase: false)
    {
    }

    /// <summary>A server on the given store, with extra configuration <paramref name="settings"/>; skips (or fails
    /// under CI) when geodata or PostgreSQL is missing.</summary>
    public static async Task<ServerFactory> CreateAsync(StoreKind store, PostGisDatabase postGis, string? apiKey = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        var gazetteer = SharedGazetteer.Get();
        if (store == StoreKind.Embedded) return new ServerFactory(null, apiKey, gazetteer, ownsDatabase: false, settings);
        postGis.Require();
        var connectionString = await PostGisTemplate.CloneAsync(postGis, gazetteer, TestContext.Current.CancellationToken);
        return new ServerFactory(connectionString, apiKey, gazetteer, ownsDatabase: true, settings);
    }

    /// <summary>A server whose PostGIS connection string points at nothing (a closed port).</summary>
    public static ServerFactory WithUnreachableDatabase() =>
        new("Host=127.0.0.1;Port=1;Username=postgres;Database=none;Timeout=2", apiKey: null, SharedGazetteer.Get(), ownsDatabase: false);

    /// <summary>Starts the server on Kestrel on 127.0.0.1 (a free port) instead of in process; returns its address.</summary>
    public Uri StartOnLoopback()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address + "/");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("INCIDENTMAP_DATA", _dataDirectory);
        builder.UseSetting("ConnectionStrings:IncidentMap", _connectionString ?? "");
        builder.UseSetting("INCIDENTMAP_API_KEY", _apiKey ?? "");
        foreach (var (name, value) in _settings ?? new Dictionary<string, string>()) builder.UseSetting(name, value);
        foreach (var (name, value) in Settings) builder.UseSetting(name, value);
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<Gazetteer>();
            services.AddSingleton(_gazetteer);
            services.AddSingleton<IStartupFilter>(new ClientAddressFilter(() => ClientAddress));
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownsDatabase && _connectionString is not null) await PostGisTemplate.DropAsync(_connectionString);
        if (Directory.Exists(_dataDirectory))
        {
            try
            {
                Directory.Delete(_dataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by a finishing write; the temp folder is cleaned up by the system.
            }
        }
    }
}

/// <summary>The in-process test host gives requests no remote address; this gives them the one the test chose, as a
/// real client on that address would have.</summary>
internal sealed class ClientAddressFilter(Func<IPAddress?> address) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress ??= address();
            return nextMiddleware(context);
        });
        next(app);
    };
}
