using System.Globalization;
using Microsoft.Data.Sqlite;

namespace IncidentMap.Server.Storage.Embedded;

/// <summary>The SQL side of the embedded store's feeds: reading them at open and writing every change.</summary>
internal static class EmbeddedFeedTable
{
    private const string _columns = """
        id, url, title, interval_minutes, created_at, etag, last_modified, last_polled_at, last_status, last_error,
        items_seen, articles_created, failures, next_poll_at
        """;

    public static async Task<(List<StoredFeed> Feeds, Dictionary<long, HashSet<string>> Seen)> LoadAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var feeds = new List<StoredFeed>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT {_columns} FROM feeds ORDER BY id";
            await using var r = await command.ExecuteReaderAsync(cancellationToken);
            while (await r.ReadAsync(cancellationToken)) feeds.Add(Read(r));
        }
        var seen = new Dictionary<long, HashSet<string>>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT feed_id, key FROM feed_items";
            await using var r = await command.ExecuteReaderAsync(cancellationToken);
            while (await r.ReadAsync(cancellationToken))
            {
                if (!seen.TryGetValue(r.GetInt64(0), out var keys)) seen[r.GetInt64(0)] = keys = new(StringComparer.Ordinal);
                keys.Add(r.GetString(1));
            }
        }
        return (feeds, seen);
    }

    /// <summary>Inserts a new feed and returns it with its id.</summary>
    public static async Task<StoredFeed> InsertAsync(SqliteConnection connection, StoredFeed feed, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO feeds (url, title, interval_minutes, created_at, next_poll_at)
            VALUES ($url, $title, $interval, $created, $next) RETURNING id
            """;
        Add(command, "$url", feed.Url);
        Add(command, "$title", feed.Title);
        Add(command, "$interval", feed.IntervalMinutes);
        Add(command, "$created", Text(feed.CreatedAt));
        Add(command, "$next", Text(feed.NextPollAt));
        return feed with { Id = (long)(await command.ExecuteScalarAsync(cancellationToken))! };
    }

    /// <summary>Writes every mutable column of the feed, and its seen items when given, in one transaction.</summary>
    public static async Task UpdateAsync(SqliteConnection connection, StoredFeed feed, IReadOnlyCollection<string>? seen, CancellationToken cancellationToken)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                UPDATE feeds SET title = $title, etag = $etag, last_modified = $modified, last_polled_at = $polled, last_status = $status,
                    last_error = $error, items_seen = $items, articles_created = $articles, failures = $failures,
                    next_poll_at = $next
                WHERE id = $id
                """;
            Add(command, "$id", feed.Id);
            Add(command, "$title", feed.Title);
            Add(command, "$etag", feed.ETag);
            Add(command, "$modified", feed.LastModified);
            Add(command, "$polled", feed.LastPolledAt is { } p ? Text(p) : null);
            Add(command, "$status", feed.LastStatus);
            Add(command, "$error", feed.LastError);
            Add(command, "$items", feed.ItemsSeen);
            Add(command, "$articles", feed.ArticlesCreated);
            Add(command, "$failures", feed.Failures);
            Add(command, "$next", Text(feed.NextPollAt));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        if (seen is not null)
        {
            await using (var clear = connection.CreateCommand())
            {
                clear.CommandText = "DELETE FROM feed_items WHERE feed_id = $id";
                Add(clear, "$id", feed.Id);
                await clear.ExecuteNonQueryAsync(cancellationToken);
            }
            await using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO feed_items (feed_id, key) SELECT $id, value FROM json_each($keys)";
            Add(insert, "$id", feed.Id);
            Add(insert, "$keys", System.Text.Json.JsonSerializer.Serialize(seen));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    public static async Task DeleteAsync(SqliteConnection connection, long id, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM feeds WHERE id = $id";
        Add(command, "$id", id);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static StoredFeed Read(SqliteDataReader r) => new()
    {
        Id = r.GetInt64(0),
        Url = r.GetString(1),
        Title = r.IsDBNull(2) ? null : r.GetString(2),
        IntervalMinutes = r.GetInt32(3),
        CreatedAt = Parse(r.GetString(4)),
        ETag = r.IsDBNull(5) ? null : r.GetString(5),
        LastModified = r.IsDBNull(6) ? null : r.GetString(6),
        LastPolledAt = r.IsDBNull(7) ? null : Parse(r.GetString(7)),
        LastStatus = r.IsDBNull(8) ? null : r.GetInt32(8),
        LastError = r.IsDBNull(9) ? null : r.GetString(9),
        ItemsSeen = r.GetInt64(10),
        ArticlesCreated = r.GetInt64(11),
        Failures = r.GetInt32(12),
        NextPollAt = Parse(r.GetString(13)),
    };

    private static string Text(DateTimeOffset time) => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    private static void Add(SqliteCommand command, string name, object? value) =>
        command.Parameters.AddWithValue(name, value ?? DBNull.Value);
}
