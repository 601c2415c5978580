using IncidentMap.Server.Storage.Embedded;
using IncidentMap.Server.Storage.PostGis;
using Microsoft.EntityFrameworkCore;

namespace IncidentMap.Server.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the one <see cref="IIncidentStore"/>: PostGIS when <c>ConnectionStrings:IncidentMap</c> is set,
    /// else the embedded database file under <c>INCIDENTMAP_DATA</c> (default <c>./data</c>).
    /// </summary>
    public static IServiceCollection AddIncidentStore(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("IncidentMap");
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            var connections = new PostGisConnections(connectionString, configuration.GetConnectionString("IncidentMapRead"));
            services.AddSingleton(connections);
            services.AddPooledDbContextFactory<IncidentDbContext>(o => IncidentDbContext.Configure(o, connections.Primary));
            services.AddSingleton<IIncidentStore, PostGisIncidentStore>();
            // Writes through any instance, or the command line, drop every instance's cached reads.
            services.AddHostedService<StoreChangeListener>();
        }
        else
        {
            var dataDirectory = configuration["INCIDENTMAP_DATA"] is { Length: > 0 } d ? d : "./data";
            services.AddSingleton<IIncidentStore>(_ => new EmbeddedIncidentStore(dataDirectory));
        }
        return services;
    }
}
