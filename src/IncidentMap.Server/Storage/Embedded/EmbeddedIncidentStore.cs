using System.Collections.Concurrent;
using IncidentMap.Geoparsing.Parsing;
using IncidentMap.Geoparsing.Places;
using Microsoft.Data.Sqlite;

namespace IncidentMap.Server.Storage.Embedded;

/// <summary>
/// The store without a database server: a SQLite file under the data directory (WAL, synchronous=FULL, so an
/// acknowledged article survives a crash) with everything held in memory behind STR-tree indexes for queries.
/// One process owns the file at a time.
/// </summary>
public sealed partial class EmbeddedIncidentStore(string dataDirectory) : IIncidentStore, IAsyncDisposable, IDisposable
{
    /// <summary>File name of the database inside the data directory.</summary>
    public const string FileName = "incidentmap.db";

    private readonly SemaphoreSlim _writes = new(1, 1);
    private readonly MemoryIndex _memory = new();
    private readonly ConcurrentDictionary<(string Border, string Place), double> _distances = new();
    private SqliteConnection? _connection;

    /// <summary>Full path of the database file.</summary>
    public string DatabasePath { get; } = Path.GetFullPath(Path.Combine(dataDirectory, FileName));

    public async Task InitializeAsync(Gazetteer gazetteer, CancellationToken cancellationToken)
    {
        await _writes.WaitAsync(cancellationToken);
        try
        {
            if (_connection is not null) return;
            Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
            var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString());
            await connection.OpenAsync(cancellationToken);
            await EmbeddedDatabase.OpenAsync(connection, cancellationToken);
            await EmbeddedDatabase.SyncBordersAsync(connection, gazetteer, cancellationToken);
            await EmbeddedLoader.LoadAsync(connection, _memory, cancellationToken);
            await LoadFeedsAsync(connection, cancellationToken);
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
        if (_memory.ArticleByHash(plan.ContentHash) is { } existing) return existing;
        await _writes.WaitAsync(cancellationToken);
        try
        {
            if (_memory.ArticleByHash(plan.ContentHash) is { } again) return again;
            var newPlaces = plan.Places.Where(p => !_memory.HasPlace(p.Id)).Select(StoredPlace.From).ToArray();
            var result = await EmbeddedDatabase.InsertAsync(Connection, article, plan, newPlaces, cancellationToken);
            // Committed: from here on the article is acknowledged, so memory follows regardless of cancellation.
            foreach (var place in newPlaces) _memory.AddPlace(place);
            _memory.AddArticle(result.Article, result.Incidents);
            return result;
        }
        finally
        {
            _writes.Release();
        }
    }

    public Task<StoredArticle?> GetArticleAsync(long id, CancellationToken cancellationToken) =>
        Task.FromResult(_memory.Article(id));

    public async Task<bool> DeleteArticleAsync(long id, CancellationToken cancellationToken)
    {
        await _writes.WaitAsync(cancellationToken);
        try
        {
            if (_memory.Article(id) is null) return false;
            await using var command = Connection.CreateCommand();
            // Incidents and their place links go by ON DELETE CASCADE.
            command.CommandText = "DELETE FROM articles WHERE id = $id";
            command.Parameters.AddWithValue("$id", id);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return _memory.RemoveArticle(id);
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
        _writes.Dispose();
    }

    public void Dispose()
    {
        _connection?.Dispose();
        _connection = null;
        _writes.Dispose();
    }

    private SqliteConnection Connection =>
        _connection ?? throw new InvalidOperationException("The store is not open: call InitializeAsync first.");
}
