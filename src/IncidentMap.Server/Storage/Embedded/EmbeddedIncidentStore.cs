using System.Collections.Concurrent;
using IncidentMap.Geoparsing.Parsing;
using IncidentMap.Geoparsing.Places;
using IncidentMap.Server.Events;
using Microsoft.Data.Sqlite;

namespace IncidentMap.Server.Storage.Embedded;

/// <summary>
/// The store without a database server: a SQLite file under the data directory (WAL, synchronous=FULL, so an
/// acknowledged article survives a crash) with everything held in memory behind STR-tree indexes for queries.
/// One process owns the folder at a time (<see cref="StoreLock"/>); a second gets a <see cref="StoreLockedException"/>
/// naming the first.
/// </summary>
public sealed partial class EmbeddedIncidentStore(string dataDirectory) : IIncidentStore, IAsyncDisposable, IDisposable
{
    /// <summary>File name of the database inside the data directory.</summary>
    public const string FileName = "incidentmap.db";

    private readonly SemaphoreSlim _writes = new(1, 1);
    private readonly MemoryIndex _memory = new();
    private readonly DuplicateIndex _duplicates = new();
    private readonly EventIndex _events = new();
    private readonly ConcurrentDictionary<(string Border, string Place), double> _distances = new();
    private readonly ConcurrentDictionary<(string Border, long Incident), double> _pointDistances = new();
    private SqliteConnection? _connection;
    private StoreLock? _lock;

    /// <summary>Full path of the database file.</summary>
    public string DatabasePath { get; } = Path.GetFullPath(Path.Combine(dataDirectory, FileName));

    public async Task InitializeAsync(Gazetteer gazetteer, CancellationToken cancellationToken)
    {
        await _writes.WaitAsync(cancellationToken);
        try
        {
            if (_connection is not null) return;
            _lock ??= StoreLock.Acquire(Path.GetDirectoryName(DatabasePath)!);
            var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString());
            try
            {
                await connection.OpenAsync(cancellationToken);
                await EmbeddedDatabase.OpenAsync(connection, cancellationToken);
                await EmbeddedDatabase.SyncBordersAsync(connection, gazetteer, cancellationToken);
                await EmbeddedLoader.LoadAsync(connection, _memory, cancellationToken);
                await EmbeddedSources.LoadAsync(connection, _duplicates, cancellationToken);
                await EmbeddedEvents.LoadAsync(connection, _memory, _events, cancellationToken);
                await LoadFeedsAsync(connection, cancellationToken);
            }
            catch
            {
                await connection.DisposeAsync();
                throw;
            }
            _connection = connection;
        }
        finally
        {
            _writes.Release();
        }
    }

    public async Task<AddArticleResult> AddArticleAsync(NewArticle article, GeoparseResult parse, CancellationToken cancellationToken)
    {
        var plan = IngestPlan.Create(article, parse);
        await _writes.WaitAsync(cancellationToken);
        try
        {
            // A refetchable article's commit is written but not synced; the next synced commit (the poll's record)
            // syncs the log with it.
            if (article.Refetchable) await EmbeddedDatabase.ExecuteAsync(Connection, "PRAGMA synchronous=NORMAL", cancellationToken);
            if (FindDuplicate(plan) is { } match) return await AddCopyAsync(match.Id, match.By, plan, cancellationToken);
            var newPlaces = plan.Places.Where(p => !_memory.HasPlace(p.Id)).Select(StoredPlace.From).ToArray();
            AddArticleResult result;
            EventWrite events;
            int created;
            // One transaction: the article, its copy, its incidents and the events they fall into.
            await using (var transaction = (SqliteTransaction)await Connection.BeginTransactionAsync(cancellationToken))
            {
                result = await EmbeddedDatabase.InsertAsync(Connection, article, plan, newPlaces, cancellationToken);
                (events, _, created) = await RegroupAsync(result.Incidents.Select(EventMember.From), new HashSet<long>(), [], cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            // Committed: from here on the article is acknowledged, so memory follows regardless of cancellation.
            result = result with
            {
                Incidents = [.. result.Incidents.Select(i => events.Assignments.TryGetValue(i.Id, out var e) ? i with { EventId = e } : i)],
                EventsCreated = created,
            };
            foreach (var place in newPlaces) _memory.AddPlace(place);
            _memory.AddArticle(result.Article, result.Incidents);
            foreach (var incident in result.Incidents) _events.Index(incident, add: true);
            _duplicates.AddSource(result.Article.Id, plan.Source);
            if (plan.Signature is { } signature) _duplicates.AddSignature(result.Article.Id, signature);
            Follow(events);
            return result;
        }
        finally
        {
            if (article.Refetchable && _connection is not null) await EmbeddedDatabase.ExecuteAsync(_connection, "PRAGMA synchronous=FULL", CancellationToken.None);
            _writes.Release();
        }
    }

    public async Task<IReadOnlyList<AddArticleResult>> AddArticlesAsync(IReadOnlyList<ParsedArticle> articles, CancellationToken cancellationToken)
    {
        // Each its own transaction, in order: memory follows each commit, so every article sees the ones before it.
        var results = new List<AddArticleResult>(articles.Count);
        foreach (var parsed in articles) results.Add(await AddArticleAsync(parsed.Article, parsed.Parse, cancellationToken));
        return results;
    }

    public Task<IReadOnlyList<ArticleSource>> GetArticleSourcesAsync(long articleId, CancellationToken cancellationToken) =>
        Task.FromResult(_duplicates.Sources(articleId));

    /// <summary>The stored article this text is a copy of: the same address, the same text, or the same story lightly edited.</summary>
    private (long Id, DuplicateMatch By)? FindDuplicate(IngestPlan plan)
    {
        if (plan.CanonicalUrl is { } url && _duplicates.ArticleByUrl(url) is { } byUrl) return (byUrl, DuplicateMatch.Url);
        if (_memory.ArticleByHash(plan.ContentHash) is { } byHash) return (byHash.Article.Id, DuplicateMatch.ContentHash);
        if (plan.Signature is { } signature && _duplicates.NearDuplicateOf(signature) is { } near) return (near, DuplicateMatch.NearDuplicate);
        return null;
    }

    /// <summary>Another copy of a stored article: a source when it comes from an address or outlet not seen for it yet,
    /// which changes the reports of the article's events.</summary>
    private async Task<AddArticleResult> AddCopyAsync(long articleId, DuplicateMatch by, IngestPlan plan, CancellationToken cancellationToken)
    {
        var existing = _memory.ArticleWithIncidents(articleId)!;
        var add = by != DuplicateMatch.Url && plan.Source.Key is { } key && _duplicates.Sources(articleId).All(s => s.Key != key);
        if (add)
        {
            EventWrite events;
            await using (var transaction = (SqliteTransaction)await Connection.BeginTransactionAsync(cancellationToken))
            {
                await EmbeddedSources.InsertSourceAsync(Connection, articleId, plan.Source, cancellationToken);
                var touched = existing.Incidents.Select(i => i.EventId).OfType<long>().Distinct().Select(_events.Event).OfType<EventEntry>().ToList();
                events = await EmbeddedEvents.TouchAsync(Connection, touched, DateTimeOffset.UtcNow, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            _duplicates.AddSource(articleId, plan.Source);
            Follow(events);
        }
        return existing with { MatchedBy = by, SourceAdded = add };
    }

    public Task<StoredArticle?> GetArticleAsync(long id, CancellationToken cancellationToken) =>
        Task.FromResult(_memory.Article(id));

    public async Task<bool> DeleteArticleAsync(long id, CancellationToken cancellationToken)
    {
        await _writes.WaitAsync(cancellationToken);
        try
        {
            if (_memory.Article(id) is null) return false;
            var removed = _memory.IncidentsOf(id);
            var gone = removed.Select(i => i.Id).ToHashSet();
            // The incidents the removed ones were linked to: regrouped once they are gone.
            var neighbours = new List<EventMember>();
            foreach (var member in removed.Select(EventMember.From).Where(m => m.Groupable))
            {
                neighbours.AddRange(Candidates(member, gone).Where(c => EventRules.Linked(member, c)));
            }
            EventWrite events;
            await using (var transaction = (SqliteTransaction)await Connection.BeginTransactionAsync(cancellationToken))
            {
                await using (var command = Connection.CreateCommand())
                {
                    // Incidents, their place links and the article's copies go by ON DELETE CASCADE.
                    command.CommandText = "DELETE FROM articles WHERE id = $id";
                    command.Parameters.AddWithValue("$id", id);
                    await command.ExecuteNonQueryAsync(cancellationToken);
                }
                (events, _, _) = await RegroupAsync(neighbours, gone, removed.Select(i => i.EventId).OfType<long>(), cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            foreach (var incident in removed) _events.Index(incident, add: false);
            _duplicates.Remove(id);
            _memory.RemoveArticle(id);
            Follow(events);
            return true;
        }
        finally
        {
            _writes.Release();
        }
    }

    public Task<bool> IsReadyAsync(CancellationToken cancellationToken) =>
        Task.FromResult(_connection?.State == System.Data.ConnectionState.Open);

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null) await _connection.DisposeAsync();
        _connection = null;
        _lock?.Dispose();
        _lock = null;
        _writes.Dispose();
    }

    public void Dispose()
    {
        _connection?.Dispose();
        _connection = null;
        _lock?.Dispose();
        _lock = null;
        _writes.Dispose();
    }

    private SqliteConnection Connection =>
        _connection ?? throw new InvalidOperationException("The store is not open: call InitializeAsync first.");
}
