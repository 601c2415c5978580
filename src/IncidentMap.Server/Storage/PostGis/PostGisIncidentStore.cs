using System.Collections.Concurrent;
using IncidentMap.Geoparsing.Places;
using IncidentMap.Server.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace IncidentMap.Server.Storage.PostGis;

/// <summary>The store on PostgreSQL with PostGIS: geometry columns in SRID 4326, distances on the spheroid.</summary>
/// <param name="contexts">Contexts on the primary: writes, start-up work, and an article's own record.</param>
/// <param name="connections">Where reads go; without it, everything goes where <paramref name="contexts"/> do.</param>
public sealed partial class PostGisIncidentStore(IDbContextFactory<IncidentDbContext> contexts, PostGisConnections? connections = null) : IIncidentStore
{
    // Layer, near-border, OGC and map reads: a standby when the connection string names one.
    private readonly IDbContextFactory<IncidentDbContext> _readContexts = connections is null || connections.Read == connections.Primary
        ? contexts
        : new PooledDbContextFactory<IncidentDbContext>(ReadOptions(connections.Read));
    /// <summary>The advisory lock ingests take turns on (any constant shared by every process on the database).</summary>
    internal const long IngestLock = 0x496E_6369_6465_6E74;

    // Places are never deleted, so an id once seen committed need not be looked up again.
    private readonly ConcurrentDictionary<string, bool> _storedPlaces = new(StringComparer.Ordinal);

    public async Task InitializeAsync(Gazetteer gazetteer, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Migrations and re-measuring changed borders against every stored place can take minutes on a large
        // database; a request's timeout would abort them and the start would retry the same work forever.
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        await CreatePostGisAsync(db.Database.GetConnectionString()!, cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        await BorderSync.RunAsync(db, gazetteer, cancellationToken);
        await RenderedPropertiesBackfill.RunAsync(db, cancellationToken);
        await PostGisDuplicates.BackfillSignaturesAsync(db, cancellationToken);
    }

    public async Task<IReadOnlyList<ArticleSource>> GetArticleSourcesAsync(long articleId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ArticleSources.AsNoTracking().Where(s => s.ArticleId == articleId).OrderBy(s => s.Id)
            .Select(s => new ArticleSource(s.Outlet, s.Url, s.Title, s.Published, s.AddedAt)).ToListAsync(cancellationToken);
    }

    public async Task<StoredArticle?> GetArticleAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        return row is null ? null : ToStored(row);
    }

    public async Task<bool> DeleteArticleAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({IngestLock})", cancellationToken);
        var removed = await PostGisEvents.MembersAsync(db, await db.Incidents.Where(i => i.ArticleId == id).Select(i => i.Id).ToArrayAsync(cancellationToken), cancellationToken);
        var gone = removed.Select(m => m.IncidentId).ToHashSet();
        // The incidents the removed ones were linked to: regrouped once they are gone.
        var groupable = removed.Where(m => m.Groupable).ToList();
        var candidates = await PostGisEvents.CandidatesAsync(db, groupable, gone, cancellationToken);
        var neighbours = groupable.SelectMany((member, k) => candidates[k].Where(c => EventRules.Linked(member, c))).ToList();
        // Incidents, their place links and the article's copies go by ON DELETE CASCADE; places stay, other incidents may share them.
        if (await db.Articles.Where(a => a.Id == id).ExecuteDeleteAsync(cancellationToken) == 0) return false;
        await StoreNotifications.NotifyAsync(db, "articles", cancellationToken);
        await RegroupAsync(db, neighbours, gone, [.. removed.Select(m => m.EventId).OfType<long>().Distinct()], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return await db.Database.CanConnectAsync(cancellationToken);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            return false;
        }
    }

    private static StoredArticle ToStored(ArticleRow row) => new()
    {
        Id = row.Id,
        Title = row.Title,
        Text = row.Text,
        Published = row.Published,
        Source = row.Source,
        Url = row.Url,
        ContentHash = row.ContentHash,
        IngestedAt = row.IngestedAt,
    };

    /// <summary>
    /// PostGIS before the store's pool first connects: a pool learns the database's types once, and over a multi-host
    /// connection string the migrator's reload after creating the extension does not reach it.
    /// </summary>
    private static async Task CreatePostGisAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("CREATE EXTENSION IF NOT EXISTS postgis", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbContextOptions<IncidentDbContext> ReadOptions(string connectionString)
    {
        var options = new DbContextOptionsBuilder<IncidentDbContext>();
        IncidentDbContext.Configure(options, connectionString);
        return options.Options;
    }
}
