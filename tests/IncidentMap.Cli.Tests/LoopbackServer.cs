using System.Net;
using IncidentMap.Geoparsing.Places;
using IncidentMap.Server.Articles;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IncidentMap.Cli.Tests;

/// <summary>A real IncidentMap server on 127.0.0.1 with the embedded store in the given folder and the small test
/// gazetteer, no seed, and the given API key.</summary>
internal sealed class LoopbackServer(string dataDirectory, string apiKey) : WebApplicationFactory<ArticlesController>
{
    private readonly string _seeds = Directory.CreateTempSubdirectory("incidentmap-noseed-").FullName;

    public Uri Start()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        return new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("INCIDENTMAP_DATA", dataDirectory);
        builder.UseSetting("INCIDENTMAP_SEEDS", _seeds);
        builder.UseSetting("ConnectionStrings:IncidentMap", "");
        builder.UseSetting("INCIDENTMAP_API_KEY", apiKey);
        // The tests' feeds are on loopback sites of their own.
        builder.UseSetting("INCIDENTMAP_FEEDS_ALLOW_PRIVATE", "true");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<Gazetteer>();
            services.AddSingleton(GeoparseCommandTests.Gazetteer);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_seeds, recursive: true);
    }
}
