using IncidentMap.Geoparsing.Parsing;
using IncidentMap.Geoparsing.Places;

namespace IncidentMap.Server.Geodata;

public static class GeodataServiceCollectionExtensions
{
    /// <summary>Registers the gazetteer (loaded once, from <c>INCIDENTMAP_GEODATA</c> through its cache) and the
    /// geoparser over it. A host that already holds a loaded gazetteer registers it first and it is kept.</summary>
    public static IServiceCollection AddGazetteerAndGeoparser(this IServiceCollection services, IConfiguration configuration)
    {
        if (!services.Any(s => s.ServiceType == typeof(Gazetteer)))
            services.AddSingleton(_ => GazetteerStore.Load(configuration["INCIDENTMAP_GEODATA"]));
        services.AddSingleton(sp => new Geoparser(sp.GetRequiredService<Gazetteer>()));
        return services;
    }
}
