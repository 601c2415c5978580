using IncidentMap.Geoparsing.Parsing;
using IncidentMap.Geoparsing.Places;
using IncidentMap.Server.Articles;

namespace IncidentMap.Server.Geodata;

public static class GeodataServiceCollectionExtensions
{
    /// <summary>Registers the gazetteer (loaded once, from <c>INCIDENTMAP_GEODATA</c> through its cache) and the
    /// geoparser over it. The gazetteer loads on first use, which the start-up initializer forces.</summary>
    public static IServiceCollection AddGazetteerAndGeoparser(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(sp => GazetteerStore.Load(
            new GazetteerOptions { GeodataPath = configuration["INCIDENTMAP_GEODATA"] is { Length: > 0 } path ? path : null },
            new Progress<string>(line => sp.GetRequiredService<ILoggerFactory>().CreateLogger("Gazetteer").LogInformation("{Step}", line))));
        services.AddSingleton(sp => new Geoparser(sp.GetRequiredService<Gazetteer>()));
        services.AddSingleton<ArticleIngest>();
        return services;
    }
}
