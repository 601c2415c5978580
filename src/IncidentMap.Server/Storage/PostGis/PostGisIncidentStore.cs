using System.Collections.Concurrent;
using IncidentMap.Geoparsing.Parsing;
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
    private const long _ingestLock = 0x496E_6369_6465_6E74;

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

    public async Task<AddArticleResult> AddArticleAsync(NewArticle article, GeoparseResult parse, CancellationToken cancellationToken)
    {
        var plan = IngestPlan.Create(article, parse);
        var stored = plan.Article(article);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        AddArticleResult result;
        List<string> inserted;
        // One transaction: the places, the article, its copy and its incidents are all written or none is.
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            // A refetchable article's commit does not wait for the log to reach the disk; the next synchronous
            // commit (the poll's record) flushes the log past it.
            if (article.Refetchable) await db.Database.ExecuteSqlRawAsync("SET LOCAL synchronous_commit = off", cancellationToken);
            inserted = await InsertMissingPlacesAsync(db, plan.Places, cancellationToken);
            // Ingests take turns from here to commit, across every process on this database: a copy of a story
            // being stored at the same moment must see it.
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({_ingestLock})", cancellationToken);
            if (await PostGisDuplicates.FindAsync(db, plan, cancellationToken) is { } match)
            {
                var added = match.By != DuplicateMatch.Url && await PostGisDuplicates.AddSourceIfNewAsync(db, match.Id, plan.Source, cancellationToken);
                result = (await FindByIdAsync(db, match.Id, cancellationToken))! with { MatchedBy = match.By, SourceAdded = added };
                // Another copy of the story: its events have one more report.
                if (added) await PostGisEvents.TouchAsync(db, [.. result.Incidents.Select(i => i.EventId).OfType<long>().Distinct()], DateTimeOffset.UtcNow, cancellationToken);
            }
            else
            {
                var ids = await ArticleInsert.RunAsync(db, stored, plan, cancellationToken)
                    ?? throw new InvalidOperationException("The article's text was stored by another ingest holding no lock.");
                await PostGisDuplicates.InsertAsync(db, ids.ArticleId, plan, cancellationToken);
                stored = stored with { Id = ids.ArticleId };
                var reference = new ArticleRef(stored.Id, stored.Title, stored.Source, stored.Url, stored.Published);
                var incidents = plan.Incidents.Select((d, i) => StoredIncidents.From(d, ids.IncidentIds[i], reference)).ToList();
                var (_, created) = await RegroupAsync(db, incidents.Select(EventMember.From), new HashSet<long>(), [], cancellationToken);
                var eventIds = await db.Incidents.Where(i => i.ArticleId == ids.ArticleId).ToDictionaryAsync(i => i.Id, i => i.EventId, cancellationToken);
                result = new AddArticleResult(stored, [.. incidents.Select(i => i with { EventId = eventIds[i.Id] })], Created: true) { EventsCreated = created };
            }
            // Every instance drops its cached reads when this commits.
            if (result.Created || result.SourceAdded) await StoreNotifications.NotifyAsync(db, "articles", cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        foreach (var id in inserted) _storedPlaces[id] = true;
        return result;
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
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({_ingestLock})", cancellationToken);
        var removed = await PostGisEvents.MembersAsync(db, await db.Incidents.Where(i => i.ArticleId == id).Select(i => i.Id).ToArrayAsync(cancellationToken), cancellationToken);
        var gone = removed.Select(m => m.IncidentId).ToHashSet();
        // The incidents the removed ones were linked to: regrouped once they are gone.
        var neighbours = new List<EventMember>();
        foreach (var member in removed.Where(m => m.Groupable))
        {
            neighbours.AddRange((await PostGisEvents.CandidatesAsync(db, member, gone, cancellationToken)).Where(c => EventRules.Linked(member, c)));
        }
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

    private static async Task<AddArticleResult?> FindByIdAsync(IncidentDbContext db, long id, CancellationToken cancellationToken)
    {
        var row = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (row is null) return null;
        var incidents = await Project(db.Incidents.Where(i => i.ArticleId == row.Id).OrderBy(i => i.Ordinal)).ToListAsync(cancellationToken);
        return new AddArticleResult(ToStored(row), incidents, Created: false);
    }

    /// <summary>Inserts the places not stored yet, measured against the borders; returns the ids inserted.</summary>
    private async Task<List<string>> InsertMissingPlacesAsync(IncidentDbContext db, IReadOnlyList<Place> places, CancellationToken cancellationToken)
    {
        var inserted = new List<string>();
        var ids = places.Select(p => p.Id).Where(id => !_storedPlaces.ContainsKey(id)).ToArray();
        if (ids.Length == 0) return inserted;
        // Look first so the large polygons of places already stored are not sent again.
        var known = await db.Places.Where(p => ids.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken);
        foreach (var id in known) _storedPlaces[id] = true;
        foreach (var place in places.Where(p => ids.Contains(p.Id) && !known.Contains(p.Id)))
        {
            var kind = place.Kind.ToString();
            var geometry = place.Geometry;
            var rows = await db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO places (id, kind, name, code, country_code, lat, lon, geometry)
                VALUES ({place.Id}, {kind}, {place.Name}, {place.Code}, {place.CountryCode}, {place.Lat}, {place.Lon}, {geometry})
                ON CONFLICT (id) DO NOTHING
                """,
                cancellationToken);
            if (rows == 1) inserted.Add(place.Id);
        }
        if (inserted.Count > 0) await BorderDistances.MeasurePlacesAsync(db, [.. inserted], cancellationToken);
        return inserted;
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
