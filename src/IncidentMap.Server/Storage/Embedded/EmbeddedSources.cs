using System.Globalization;
using Microsoft.Data.Sqlite;

namespace IncidentMap.Server.Storage.Embedded;

/// <summary>The SQL side of the embedded store's duplicates: the copies (sources) of each article and the texts'
/// MinHash signatures (an empty one for a text too short to compare).</summary>
internal static class EmbeddedSources
{
    public static async Task InsertSourceAsync(SqliteConnection connection, long articleId, ArticleSource source, CancellationToken cancellationToken)
    {
        var command = EmbeddedCommands.Prepared(connection, """
            INSERT INTO article_sources (article_id, outlet, url, canonical_url, title, published, added_at)
            VALUES ($article, $outlet, $url, $canonical, $title, $published, $added)
            """);
        Add(command, "$article", articleId);
        Add(command, "$outlet", source.Outlet);
        Add(command, "$url", source.Url);
        Add(command, "$canonical", CanonicalUrl.Of(source.Url));
        Add(command, "$title", source.Title);
        Add(command, "$published", source.Published?.ToString("O", CultureInfo.InvariantCulture));
        Add(command, "$added", source.AddedAt.ToString("O", CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task InsertSignatureAsync(SqliteConnection connection, long articleId, uint[]? signature, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT OR REPLACE INTO article_signatures (article_id, minhash) VALUES ($article, $minhash)";
        Add(command, "$article", articleId);
        Add(command, "$minhash", signature is null ? Array.Empty<byte>() : TextFingerprint.ToBytes(signature));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Reads every source and signature into the index; articles stored before signatures existed get one now.</summary>
    public static async Task LoadAsync(SqliteConnection connection, DuplicateIndex index, CancellationToken cancellationToken)
    {
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT article_id, outlet, url, title, published, added_at FROM article_sources ORDER BY id";
            await using var r = await command.ExecuteReaderAsync(cancellationToken);
            while (await r.ReadAsync(cancellationToken))
            {
                index.AddSource(r.GetInt64(0), new ArticleSource(Text(r, 1), Text(r, 2), Text(r, 3),
                    r.IsDBNull(4) ? null : Time(r.GetString(4)), Time(r.GetString(5))));
            }
        }
        var unsigned = new List<(long Id, string Text)>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                SELECT a.id, s.minhash, CASE WHEN s.article_id IS NULL THEN a.text END
                FROM articles a LEFT JOIN article_signatures s ON s.article_id = a.id
                """;
            await using var r = await command.ExecuteReaderAsync(cancellationToken);
            while (await r.ReadAsync(cancellationToken))
            {
                if (!r.IsDBNull(2)) unsigned.Add((r.GetInt64(0), r.GetString(2)));
                else if (((byte[])r.GetValue(1)) is { Length: > 0 } bytes) index.AddSignature(r.GetInt64(0), TextFingerprint.FromBytes(bytes));
            }
        }
        if (unsigned.Count == 0) return;
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        foreach (var (id, text) in unsigned)
        {
            var signature = TextFingerprint.Of(text);
            await InsertSignatureAsync(connection, id, signature, cancellationToken);
            if (signature is not null) index.AddSignature(id, signature);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    private static string? Text(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static DateTimeOffset Time(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    private static void Add(SqliteCommand command, string name, object? value) =>
        command.Parameters.AddWithValue(name, value ?? DBNull.Value);
}
