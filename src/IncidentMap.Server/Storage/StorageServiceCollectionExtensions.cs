using IncidentMap.Server.Storage.Embedded;
using IncidentMap.Server.Storage.PostGis;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace IncidentMap.Server.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the one <see cref="IIncidentStore"/>: PostGIS when <c>ConnectionStrings:IncidentMap</c> is set,
    /// else the embedded database file in the <see cref="DataFolder"/>.
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
            var dataDirectory = DataFolder.Resolve(configuration);
            services.AddSingleton<IIncidentStore>(_ => new EmbeddedIncidentStore(dataDirectory));
        }
        return services;
    }

    /// <summary>Which store the configuration selects, in words for the start-up log (never the password).</summary>
    public static string DescribeIncidentStore(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("IncidentMap");
        if (string.IsNullOrWhiteSpace(connectionString))
            return $"embedded store in {Path.Combine(DataFolder.Resolve(configuration), EmbeddedIncidentStore.FileName)}";
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            return $"PostGIS database {builder.Database} on {builder.Host}:{builder.Port}";
        }
        catch (ArgumentException)
        {
            return "PostGIS (the connection string cannot be read)";
        }
    }
}
