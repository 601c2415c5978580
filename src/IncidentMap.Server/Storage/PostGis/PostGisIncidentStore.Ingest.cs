using IncidentMap.Geoparsing.Parsing;
using IncidentMap.Geoparsing.Places;
using IncidentMap.Server.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace IncidentMap.Server.Storage.PostGis;

public sealed partial class PostGisIncidentStore
{
    public async Task<AddArticleResult> AddArticleAsync(NewArticle article, GeoparseResult parse, CancellationToken cancellationToken) =>
        (await AddArticlesAsync([new ParsedArticle(article, parse)], cancellationToken))[0];

    public async Task<IReadOnlyList<AddArticleResult>> AddArticlesAsync(IReadOnlyList<ParsedArticle> articles, CancellationToken cancellationToken)
    {
        if (articles.Count == 0) return [];
        // Every article's CPU work before the turn: plans, signatures, band keys, rendered properties.
        var plans = articles.Select(a => IngestPlan.Create(a.Article, a.Parse)).ToArray();
        var rows = articles.Select((a, k) => plans[k].Article(a.Article)).ToArray();
        var rendered = rows.Select((row, k) => ArticleInsert.Render(row, plans[k])).ToArray();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        AddArticleResult[] results;
        List<string> inserted;
        // One transaction: the places, the articles, their copies, their incidents and events are all written or none is.
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            // No JIT: compiling the duplicate lookup (its estimate counts every band probe) cost nine times running it.
            // Refetchable articles' commit does not wait for the log to reach the disk; the next synchronous commit
            // (the poll's record) flushes the log past it.
            await db.Database.ExecuteSqlRawAsync(articles.All(a => a.Article.Refetchable)
                ? "SET LOCAL jit = off; SET LOCAL synchronous_commit = off" : "SET LOCAL jit = off", cancellationToken);
            inserted = await InsertMissingPlacesAsync(db, [.. plans.SelectMany(p => p.Places).DistinctBy(p => p.Id).OrderBy(p => p.Id, StringComparer.Ordinal)], cancellationToken);
            var (matches, seen) = await PostGisDuplicates.FindAsync(db, plans, cancellationToken);
            // The stored articles the copies may join, for the answer: read before the turn, which only reads those
            // matched since.
            var existing = await StoredArticlesAsync(db, BatchDuplicates.StoredTargets(plans, matches), cancellationToken);
            // Ingests take turns from here to commit, across every process on this database: a copy of a story
            // being stored at the same moment must see it. A turn costs a few round trips for the whole batch.
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({IngestLock})", cancellationToken);
            await PostGisDuplicates.AddStoredSinceAsync(db, plans, matches, seen, cancellationToken);
            var targets = BatchDuplicates.StoredTargets(plans, matches);
            foreach (var (id, article) in await StoredArticlesAsync(db, [.. targets.Where(t => !existing.ContainsKey(t))], cancellationToken)) existing[id] = article;
            var decisions = BatchDuplicates.Decide(plans, matches, await PostGisDuplicates.SourcesAsync(db, targets, cancellationToken));
            results = await InsertNewAsync(db, plans, rows, rendered, decisions, cancellationToken);
            var now = DateTimeOffset.UtcNow;
            for (var k = 0; k < decisions.Length; k++)
            {
                if (decisions[k].By is not { } by) continue;
                var target = decisions[k].Target;
                var article = target.StoredId is { } id ? existing[id] : results[target.NewIndex!.Value] with { EventsCreated = 0 };
                results[k] = article with { Created = false, MatchedBy = by, SourceAdded = decisions[k].Added };
            }
            await using (var batch = Batch(db))
            {
                // Stored articles with another copy: their events have one more report (new ones were just written).
                var touched = decisions.Where(d => d.Added && d.Target.StoredId is not null).Select(d => d.Target.StoredId!.Value).Distinct().ToArray();
                if (touched.Length > 0) batch.BatchCommands.Add(PostGisEvents.TouchCommand(touched, now));
                // Every instance drops its cached reads when this commits.
                if (results.Any(r => r.Created || r.SourceAdded))
                {
                    var notify = new NpgsqlBatchCommand("SELECT pg_notify(@channel, 'articles')");
                    notify.Parameters.AddWithValue("channel", StoreNotifications.Channel);
                    batch.BatchCommands.Add(notify);
                }
                if (batch.BatchCommands.Count > 0) await batch.ExecuteNonQueryAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
        }
        foreach (var id in inserted) _storedPlaces[id] = true;
        return results;
    }

    /// <summary>Writes the articles the batch creates with their first copy and signature (one round trip), then groups
    /// their incidents into events; the results of the copies are filled in by the caller.</summary>
    private static async Task<AddArticleResult[]> InsertNewAsync(IncidentDbContext db, IngestPlan[] plans, StoredArticle[] rows, byte[][][] rendered,
        BatchDecision[] decisions, CancellationToken cancellationToken)
    {
        var results = new AddArticleResult[plans.Length];
        var created = Enumerable.Range(0, plans.Length).Where(k => decisions[k].By is null).ToArray();
        if (created.Length == 0 && !decisions.Any(d => d.Added)) return results;
        await using (var batch = Batch(db))
        {
            foreach (var k in created) batch.BatchCommands.Add(ArticleInsert.Command(rows[k], plans[k], rendered[k]));
            foreach (var k in created)
            {
                batch.BatchCommands.Add(PostGisDuplicates.SourceCommand(null, plans[k].ContentHash, plans[k].Source));
                batch.BatchCommands.Add(PostGisDuplicates.SignatureCommand(plans[k].ContentHash, plans[k].Signature));
            }
            for (var k = 0; k < decisions.Length; k++)
            {
                if (!decisions[k].Added) continue;
                var target = decisions[k].Target;
                batch.BatchCommands.Add(PostGisDuplicates.SourceCommand(target.StoredId, target.NewIndex is { } j ? plans[j].ContentHash : null, plans[k].Source));
            }
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            foreach (var k in created)
            {
                var ids = await ArticleInsert.ReadAsync(reader, cancellationToken)
                    ?? throw new InvalidOperationException("The article's text was stored by another ingest holding no lock.");
                var row = rows[k] with { Id = ids.ArticleId };
                var reference = new ArticleRef(row.Id, row.Title, row.Source, row.Url, row.Published);
                results[k] = new AddArticleResult(row, [.. plans[k].Incidents.Select((d, i) => StoredIncidents.From(d, ids.IncidentIds[i], reference))], Created: true);
                await reader.NextResultAsync(cancellationToken);
            }
        }
        if (created.Length == 0) return results;
        var seeds = created.SelectMany(k => results[k].Incidents).Select(EventMember.From);
        var (_, plan, assignments) = await RegroupAsync(db, seeds, new HashSet<long>(), [], cancellationToken);
        // Each new event counts for the first article of the batch with an incident in it (the first article for
        // one made only of stored incidents).
        var newEvents = plan.Events.Where(e => e.ExistingId is null).Select(e => e.Summary.IncidentIds.Min()).ToHashSet();
        var unclaimed = plan.Created;
        foreach (var k in created)
        {
            var incidents = results[k].Incidents;
            var started = incidents.Count(i => newEvents.Contains(i.Id));
            unclaimed -= started;
            results[k] = results[k] with
            {
                Incidents = [.. incidents.Select(i => i with { EventId = assignments.TryGetValue(i.Id, out var e) ? e : null })],
                EventsCreated = started,
            };
        }
        results[created[0]] = results[created[0]] with { EventsCreated = results[created[0]].EventsCreated + unclaimed };
        return results;
    }

    /// <summary>Stored articles with their incidents, by id.</summary>
    private static async Task<Dictionary<long, AddArticleResult>> StoredArticlesAsync(IncidentDbContext db, long[] ids, CancellationToken cancellationToken)
    {
        if (ids.Length == 0) return [];
        var articles = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id)).ToListAsync(cancellationToken);
        var incidents = (await Project(db.Incidents.Where(i => ids.Contains(i.ArticleId)).OrderBy(i => i.Ordinal)).ToListAsync(cancellationToken))
            .ToLookup(i => i.Article.Id);
        return articles.ToDictionary(a => a.Id, a => new AddArticleResult(ToStored(a), [.. incidents[a.Id]], Created: false));
    }

    /// <summary>Inserts the places not stored yet (in id order, so two batches never wait on each other's places),
    /// measured against the borders; returns the ids inserted.</summary>
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

    private static NpgsqlBatch Batch(IncidentDbContext db) =>
        new((NpgsqlConnection)db.Database.GetDbConnection())
        {
            Transaction = (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction(),
        };
}
