using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;

namespace IncidentMap.Server.Storage.PostGis;

/// <summary>The PostGIS database: articles, incidents, the places they are located at, border lines, and followed feeds.</summary>
public sealed class IncidentDbContext(DbContextOptions<IncidentDbContext> options) : DbContext(options)
{
    public DbSet<ArticleRow> Articles => Set<ArticleRow>();
    public DbSet<IncidentRow> Incidents => Set<IncidentRow>();
    public DbSet<IncidentPlaceRow> IncidentPlaces => Set<IncidentPlaceRow>();
    public DbSet<PlaceRow> Places => Set<PlaceRow>();
    public DbSet<BorderRow> Borders => Set<BorderRow>();
    public DbSet<BorderDistanceRow> BorderDistances => Set<BorderDistanceRow>();
    public DbSet<IncidentBorderDistanceRow> IncidentBorderDistances => Set<IncidentBorderDistanceRow>();
    public DbSet<ArticleSourceRow> ArticleSources => Set<ArticleSourceRow>();
    public DbSet<ArticleSignatureRow> ArticleSignatures => Set<ArticleSignatureRow>();
    public DbSet<ArticleBandRow> ArticleBands => Set<ArticleBandRow>();
    public DbSet<EventRow> Events => Set<EventRow>();
    public DbSet<EventChangeRow> EventChanges => Set<EventChangeRow>();
    public DbSet<FeedRow> Feeds => Set<FeedRow>();
    public DbSet<FeedItemRow> FeedItems => Set<FeedItemRow>();

    /// <summary>The provider setup shared by the server, the tests and the design-time factory.</summary>
    public static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, o => o.UseNetTopologySuite(handleOrdinates: Ordinates.XY)).UseSnakeCaseNamingConvention();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("postgis");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(IncidentDbContext).Assembly);
    }
}
