using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace IncidentMap.Server.Storage.PostGis;

/// <summary>The SQL side of duplicates on PostGIS: what the stored articles say about a batch of texts (address, text,
/// MinHash band keys), and writing articles' copies and signatures. Runs inside the ingest transaction.</summary>
internal static class PostGisDuplicates
{
    /// <summary>What the stored articles say about each text of a batch, in one round trip: the article with its address,
    /// the article with its text, and the near-duplicate candidates sharing a band key with it (with their signatures);
    /// and the highest article and copy ids it saw, from which <see cref="AddStoredSinceAsync"/> reads on. Runs before
    /// the ingest's turn, so its band probes (most of the lookup) do not hold the other ingests up.</summary>
    public static async Task<(StoredMatches[] Matches, SeenUpTo Seen)> FindAsync(IncidentDbContext db, IReadOnlyList<IngestPlan> plans, CancellationToken cancellationToken)
    {
        // The band lookups one index probe each (a plan over the whole band table grows with the database).
        await using var command = Command(db, """
            WITH hits AS MATERIALIZED (
                SELECT b.band, x.article_id FROM unnest(@bands) AS b(band),
                LATERAL (SELECT article_id FROM article_bands ab WHERE ab.band = b.band OFFSET 0) x)
            SELECT 0, 0::bigint, s.article_id, NULL::bytea, s.canonical_url FROM article_sources s WHERE s.canonical_url = ANY(@urls)
            UNION ALL SELECT 1, 0, a.id, NULL, a.content_hash FROM articles a WHERE a.content_hash = ANY(@hashes)
            UNION ALL SELECT 2, 0, s.article_id, s.minhash, NULL FROM article_signatures s
                WHERE s.article_id = ANY(ARRAY(SELECT DISTINCT article_id FROM hits))
            UNION ALL SELECT 3, band, article_id, NULL, NULL FROM hits
            UNION ALL SELECT 4, coalesce((SELECT max(id) FROM article_sources), 0), coalesce((SELECT max(id) FROM articles), 0), NULL, NULL
            """);
        var bandKeys = BandKeys(plans);
        AddTextParameters(command.Parameters, plans);
        command.Parameters.AddWithValue("bands", bandKeys.SelectMany(b => b).Distinct().ToArray());
        var matches = plans.Select(_ => new StoredMatches()).ToArray();
        // The articles at any text's address or with its text, the stored signatures sharing a band with any text, and
        // which articles hold each band: each text's candidates are the articles holding one of its own bands.
        var byUrl = new Dictionary<string, long>(StringComparer.Ordinal);
        var byHash = new Dictionary<string, long>(StringComparer.Ordinal);
        var signatures = new Dictionary<long, uint[]>();
        var holders = new Dictionary<long, List<long>>();
        var seen = new SeenUpTo(0, 0);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var id = reader.GetInt64(2);
                switch (reader.GetInt32(0))
                {
                    case 0: byUrl.TryAdd(reader.GetString(4), id); break;
                    case 1: byHash.TryAdd(reader.GetString(4), id); break;
                    case 2: signatures[id] = TextFingerprint.FromBytes(reader.GetFieldValue<byte[]>(3)); break;
                    case 3:
                        var band = reader.GetInt64(1);
                        if (!holders.TryGetValue(band, out var list)) holders[band] = list = [];
                        list.Add(id);
                        break;
                    default: seen = new SeenUpTo(SourceId: reader.GetInt64(1), ArticleId: id); break;
                }
            }
        }
        for (var k = 0; k < plans.Count; k++)
        {
            if (plans[k].CanonicalUrl is { } url && byUrl.TryGetValue(url, out var u)) matches[k].ByUrl = u;
            if (byHash.TryGetValue(plans[k].ContentHash, out var h)) matches[k].ByHash = h;
            foreach (var id in bandKeys[k].SelectMany(b => holders.GetValueOrDefault(b) ?? []).Distinct())
            {
                if (signatures.TryGetValue(id, out var signature)) matches[k].Candidates.Add((id, signature));
            }
        }
        return (matches, seen);
    }

    /// <summary>Adds to <paramref name="matches"/> what was stored after <see cref="FindAsync"/> looked: run inside the
    /// ingest's turn. Every article and copy is inserted inside a turn, and turns follow each other, so anything
    /// committed since has a higher id than the highest the lookup saw: one short index range per table, and the new
    /// articles' bands compared in memory.</summary>
    public static async Task AddStoredSinceAsync(IncidentDbContext db, IReadOnlyList<IngestPlan> plans, StoredMatches[] matches, SeenUpTo seen, CancellationToken cancellationToken)
    {
        await using var command = Command(db, """
            SELECT 0, s.article_id, NULL::bytea, s.canonical_url FROM article_sources s WHERE s.id > @source_since AND s.canonical_url = ANY(@urls)
            UNION ALL SELECT 1, a.id, NULL, a.content_hash FROM articles a WHERE a.id > @article_since AND a.content_hash = ANY(@hashes)
            UNION ALL SELECT 2, s.article_id, s.minhash, NULL FROM article_signatures s WHERE s.article_id > @article_since
            """);
        AddTextParameters(command.Parameters, plans);
        command.Parameters.AddWithValue("source_since", seen.SourceId);
        command.Parameters.AddWithValue("article_since", seen.ArticleId);
        var byUrl = new Dictionary<string, long>(StringComparer.Ordinal);
        var byHash = new Dictionary<string, long>(StringComparer.Ordinal);
        var signatures = new List<(long ArticleId, uint[] Signature)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var id = reader.GetInt64(1);
                switch (reader.GetInt32(0))
                {
                    case 0: byUrl.TryAdd(reader.GetString(3), id); break;
                    case 1: byHash.TryAdd(reader.GetString(3), id); break;
                    default: signatures.Add((id, TextFingerprint.FromBytes(reader.GetFieldValue<byte[]>(2)))); break;
                }
            }
        }
        if (byUrl.Count == 0 && byHash.Count == 0 && signatures.Count == 0) return;
        var bandKeys = BandKeys(plans);
        var newBands = signatures.Select(s => (s.ArticleId, s.Signature, Bands: TextFingerprint.BandKeys(s.Signature).ToHashSet())).ToList();
        for (var k = 0; k < plans.Count; k++)
        {
            if (matches[k].ByUrl is null && plans[k].CanonicalUrl is { } url && byUrl.TryGetValue(url, out var u)) matches[k].ByUrl = u;
            if (matches[k].ByHash is null && byHash.TryGetValue(plans[k].ContentHash, out var h)) matches[k].ByHash = h;
            foreach (var (id, signature, bands) in newBands)
            {
                if (bandKeys[k].Any(bands.Contains) && !matches[k].Candidates.Exists(c => c.ArticleId == id)) matches[k].Candidates.Add((id, signature));
            }
        }
    }

    private static long[][] BandKeys(IReadOnlyList<IngestPlan> plans) =>
        [.. plans.Select(p => p.Signature is { } s ? TextFingerprint.BandKeys(s) : [])];

    private static void AddTextParameters(NpgsqlParameterCollection parameters, IReadOnlyList<IngestPlan> plans)
    {
        parameters.AddWithValue("urls", plans.Select(p => p.CanonicalUrl).OfType<string>().Distinct().ToArray());
        parameters.AddWithValue("hashes", plans.Select(p => p.ContentHash).Distinct().ToArray());
    }

    /// <summary>The copies of these stored articles, oldest first, by article.</summary>
    public static async Task<ILookup<long, ArticleSource>> SourcesAsync(IncidentDbContext db, long[] articleIds, CancellationToken cancellationToken)
    {
        if (articleIds.Length == 0) return Array.Empty<ArticleSource>().ToLookup(_ => 0L);
        var rows = await db.ArticleSources.AsNoTracking().Where(s => articleIds.Contains(s.ArticleId)).OrderBy(s => s.Id)
            .Select(s => new { s.ArticleId, Source = new ArticleSource(s.Outlet, s.Url, s.Title, s.Published, s.AddedAt) }).ToListAsync(cancellationToken);
        return rows.ToLookup(r => r.ArticleId, r => r.Source);
    }

    /// <summary>A copy of an article, for the ingest's batch: the article is named by its id when stored before, else by
    /// the content hash of the article the same batch inserts.</summary>
    public static NpgsqlBatchCommand SourceCommand(long? articleId, string? contentHash, ArticleSource source)
    {
        var command = new NpgsqlBatchCommand("""
            INSERT INTO article_sources (article_id, outlet, url, canonical_url, title, published, added_at)
            SELECT id, @outlet, @url, @canonical, @title, @published, @added FROM articles
            WHERE id = @article OR (@article IS NULL AND content_hash = @hash)
            """);
        var p = command.Parameters;
        p.Add(new NpgsqlParameter<long?>("article", articleId));
        p.AddWithValue("hash", (object?)contentHash ?? DBNull.Value);
        p.AddWithValue("outlet", (object?)source.Outlet ?? DBNull.Value);
        p.AddWithValue("url", (object?)source.Url ?? DBNull.Value);
        p.AddWithValue("canonical", (object?)CanonicalUrl.Of(source.Url) ?? DBNull.Value);
        p.AddWithValue("title", (object?)source.Title ?? DBNull.Value);
        p.AddWithValue("published", (object?)source.Published ?? DBNull.Value);
        p.AddWithValue("added", source.AddedAt);
        return command;
    }

    /// <summary>A new article's signature with its band keys, for the ingest's batch: the article is named by its content hash.</summary>
    public static NpgsqlBatchCommand SignatureCommand(string contentHash, uint[]? signature)
    {
        var command = new NpgsqlBatchCommand("""
            WITH a AS (SELECT id FROM articles WHERE content_hash = @hash),
            s AS (INSERT INTO article_signatures (article_id, minhash) SELECT id, @minhash FROM a ON CONFLICT DO NOTHING)
            INSERT INTO article_bands (band, article_id) SELECT b, a.id FROM a, unnest(@bands) AS b ON CONFLICT DO NOTHING
            """);
        command.Parameters.AddWithValue("hash", contentHash);
        command.Parameters.AddWithValue("minhash", signature is null ? Array.Empty<byte>() : TextFingerprint.ToBytes(signature));
        command.Parameters.AddWithValue("bands", signature is null ? Array.Empty<long>() : TextFingerprint.BandKeys(signature));
        return command;
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
