using IncidentMap.Geoparsing.Places;
using Microsoft.AspNetCore.Hosting;
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

    /// <summary>A server on an existing database, which it leaves in place.</summary>
    internal ServerFactory(string connectionString, Gazetteer gazetteer) : this(connectionString, null, gazetteer, ownsDatabase: false)
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

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("INCIDENTMAP_DATA", _dataDirectory);
        builder.UseSetting("ConnectionStrings:IncidentMap", _connectionString ?? "");
        builder.UseSetting("INCIDENTMAP_API_KEY", _apiKey ?? "");
        foreach (var (name, value) in _settings ?? new Dictionary<string, string>()) builder.UseSetting(name, value);
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<Gazetteer>();
            services.AddSingleton(_gazetteer);
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
