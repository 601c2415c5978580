using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace IncidentMap.Server.Storage.PostGis;

/// <summary>The SQL side of duplicates on PostGIS: finding the stored article a text is a copy of (address, text,
/// or MinHash band keys), and writing an article's copies and signature. Runs inside the ingest transaction.</summary>
internal static class PostGisDuplicates
{
    /// <summary>The stored article this text is a copy of, in one round trip: by address, then text, then near-duplicate.</summary>
    public static async Task<(long Id, DuplicateMatch By)?> FindAsync(IncidentDbContext db, IngestPlan plan, CancellationToken cancellationToken)
    {
        await using var command = Command(db, """
            SELECT 0, article_id, NULL::bytea FROM article_sources WHERE canonical_url = @url
            UNION ALL SELECT 1, id, NULL FROM articles WHERE content_hash = @hash
            UNION ALL SELECT 2, s.article_id, s.minhash FROM article_signatures s
                WHERE s.article_id IN (SELECT article_id FROM article_bands WHERE band = ANY(@bands))
            """);
        command.Parameters.AddWithValue("url", (object?)plan.CanonicalUrl ?? DBNull.Value);
        command.Parameters.AddWithValue("hash", plan.ContentHash);
        command.Parameters.AddWithValue("bands", plan.Signature is { } s ? TextFingerprint.BandKeys(s) : Array.Empty<long>());
        long? byUrl = null, byHash = null;
        var candidates = new List<(long, uint[])>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var id = reader.GetInt64(1);
                switch (reader.GetInt32(0))
                {
                    case 0: byUrl ??= id; break;
                    case 1: byHash ??= id; break;
                    default: candidates.Add((id, TextFingerprint.FromBytes(reader.GetFieldValue<byte[]>(2)))); break;
                }
            }
        }
        if (byUrl is { } u) return (u, DuplicateMatch.Url);
        if (byHash is { } h) return (h, DuplicateMatch.ContentHash);
        if (plan.Signature is { } signature && NearDuplicates.Best(signature, candidates) is { } near) return (near, DuplicateMatch.NearDuplicate);
        return null;
    }

    /// <summary>A new article's first copy and its signature with band keys.</summary>
    public static async Task InsertAsync(IncidentDbContext db, long articleId, IngestPlan plan, CancellationToken cancellationToken)
    {
        await InsertSourceAsync(db, articleId, plan.Source, cancellationToken);
        await InsertSignatureAsync(db, articleId, plan.Signature, cancellationToken);
    }

    /// <summary>Adds the copy as a source of the stored article unless one from the same address or outlet is there.</summary>
    public static async Task<bool> AddSourceIfNewAsync(IncidentDbContext db, long articleId, ArticleSource source, CancellationToken cancellationToken)
    {
        if (source.Key is not { } key) return false;
        var existing = await db.ArticleSources.AsNoTracking().Where(s => s.ArticleId == articleId)
            .Select(s => new ArticleSource(s.Outlet, s.Url, s.Title, s.Published, s.AddedAt)).ToListAsync(cancellationToken);
        if (existing.Any(s => s.Key == key)) return false;
        await InsertSourceAsync(db, articleId, source, cancellationToken);
        return true;
    }

    /// <summary>Signs the articles stored before signatures existed, a batch at a time; returns how many were signed.</summary>
    public static async Task<int> BackfillSignaturesAsync(IncidentDbContext db, CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            var batch = await db.Articles.AsNoTracking()
                .Where(a => !db.ArticleSignatures.Any(s => s.ArticleId == a.Id))
                .OrderBy(a => a.Id).Take(500).Select(a => new { a.Id, a.Text }).ToListAsync(cancellationToken);
            if (batch.Count == 0) return total;
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var article in batch) await InsertSignatureAsync(db, article.Id, TextFingerprint.Of(article.Text), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            total += batch.Count;
        }
    }

    private static async Task InsertSourceAsync(IncidentDbContext db, long articleId, ArticleSource source, CancellationToken cancellationToken)
    {
        await using var command = Command(db, """
            INSERT INTO article_sources (article_id, outlet, url, canonical_url, title, published, added_at)
            VALUES (@article, @outlet, @url, @canonical, @title, @published, @added)
            """);
        var p = command.Parameters;
        p.AddWithValue("article", articleId);
        p.AddWithValue("outlet", (object?)source.Outlet ?? DBNull.Value);
        p.AddWithValue("url", (object?)source.Url ?? DBNull.Value);
        p.AddWithValue("canonical", (object?)CanonicalUrl.Of(source.Url) ?? DBNull.Value);
        p.AddWithValue("title", (object?)source.Title ?? DBNull.Value);
        p.AddWithValue("published", (object?)source.Published ?? DBNull.Value);
        p.AddWithValue("added", source.AddedAt);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task InsertSignatureAsync(IncidentDbContext db, long articleId, uint[]? signature, CancellationToken cancellationToken)
    {
        await using var command = Command(db, """
            INSERT INTO article_signatures (article_id, minhash) VALUES (@article, @minhash) ON CONFLICT DO NOTHING;
            INSERT INTO article_bands (band, article_id) SELECT b, @article FROM unnest(@bands) AS b ON CONFLICT DO NOTHING;
            """);
        command.Parameters.AddWithValue("article", articleId);
        command.Parameters.AddWithValue("minhash", signature is null ? Array.Empty<byte>() : TextFingerprint.ToBytes(signature));
        command.Parameters.AddWithValue("bands", signature is null ? Array.Empty<long>() : TextFingerprint.BandKeys(signature));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static NpgsqlCommand Command(IncidentDbContext db, string sql) =>
        new(sql, (NpgsqlConnection)db.Database.GetDbConnection())
        {
            Transaction = (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction(),
        };
}
