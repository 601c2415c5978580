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
        var rows = await StoredRows.ReadAsync(command, cancellationToken);
        var matches = plans.Select(_ => new StoredMatches()).ToArray();
        // Each text's candidates are the articles holding one of its own bands.
        rows.AddTo(plans, matches, (k, id) => bandKeys[k].Any(b => rows.Holders.TryGetValue(b, out var holders) && holders.Contains(id)));
        return (matches, rows.Seen);
    }

    /// <summary>Adds to <paramref name="matches"/> what was stored after <see cref="FindAsync"/> looked: run inside the
    /// ingest's turn. Every article and copy is inserted inside a turn, and turns follow each other, so anything
    /// committed since has a higher id than the highest the lookup saw: one short index range per table, and the new
    /// articles' bands compared in memory.</summary>
    public static async Task AddStoredSinceAsync(IncidentDbContext db, IReadOnlyList<IngestPlan> plans, StoredMatches[] matches, SeenUpTo seen, CancellationToken cancellationToken)
    {
        await using var command = Command(db, """
            SELECT 0, 0::bigint, s.article_id, NULL::bytea, s.canonical_url FROM article_sources s WHERE s.id > @source_since AND s.canonical_url = ANY(@urls)
            UNION ALL SELECT 1, 0, a.id, NULL, a.content_hash FROM articles a WHERE a.id > @article_since AND a.content_hash = ANY(@hashes)
            UNION ALL SELECT 2, 0, s.article_id, s.minhash, NULL FROM article_signatures s WHERE s.article_id > @article_since
            UNION ALL SELECT 5, 0, a.id, NULL, NULL FROM articles a WHERE a.id = ANY(@matched)
            """);
        AddTextParameters(command.Parameters, plans);
        command.Parameters.AddWithValue("source_since", seen.SourceId);
        command.Parameters.AddWithValue("article_since", seen.ArticleId);
        command.Parameters.AddWithValue("matched", matches.SelectMany(m => m.Ids).Distinct().ToArray());
        var rows = await StoredRows.ReadAsync(command, cancellationToken);
        // An article deleted since the lookup matches nothing any more.
        foreach (var match in matches) match.Forget(id => !rows.Present.Contains(id));
        var bandKeys = BandKeys(plans);
        var newBands = rows.Signatures.ToDictionary(s => s.Key, s => TextFingerprint.BandKeys(s.Value).ToHashSet());
        rows.AddTo(plans, matches, (k, id) => bandKeys[k].Any(newBands[id].Contains));
    }

    private static long[][] BandKeys(IReadOnlyList<IngestPlan> plans) =>
        [.. plans.Select(p => p.Signature is { } s ? TextFingerprint.BandKeys(s) : [])];

    private static void AddTextParameters(NpgsqlParameterCollection parameters, IReadOnlyList<IngestPlan> plans)
    {
        parameters.AddWithValue("urls", plans.Select(p => p.CanonicalUrl).OfType<string>().Distinct().ToArray());
        parameters.AddWithValue("hashes", plans.Select(p => p.ContentHash).Distinct().ToArray());
    }

    /// <summary>The rows of a lookup, by kind: 0 an article at an address, 1 an article with a text, 2 a signature,
    /// 3 an article holding a band, 4 the highest copy and article ids, 5 a matched article still stored.</summary>
    private sealed class StoredRows
    {
        public Dictionary<string, long> ByUrl { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, long> ByHash { get; } = new(StringComparer.Ordinal);
        public Dictionary<long, uint[]> Signatures { get; } = [];
        public Dictionary<long, HashSet<long>> Holders { get; } = [];
        public HashSet<long> Present { get; } = [];
        public SeenUpTo Seen { get; private set; }

        public static async Task<StoredRows> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
        {
            var rows = new StoredRows();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var id = reader.GetInt64(2);
                switch (reader.GetInt32(0))
                {
                    case 0: rows.ByUrl.TryAdd(reader.GetString(4), id); break;
                    case 1: rows.ByHash.TryAdd(reader.GetString(4), id); break;
                    case 2: rows.Signatures[id] = TextFingerprint.FromBytes(reader.GetFieldValue<byte[]>(3)); break;
                    case 3:
                        var band = reader.GetInt64(1);
                        if (!rows.Holders.TryGetValue(band, out var holders)) rows.Holders[band] = holders = [];
                        holders.Add(id);
                        break;
                    case 4: rows.Seen = new SeenUpTo(SourceId: reader.GetInt64(1), ArticleId: id); break;
                    default: rows.Present.Add(id); break;
                }
            }
            return rows;
        }

        /// <summary>Fills what each text's match does not know yet: the article at its address, with its text, and the
        /// signatures <paramref name="candidate"/> says share a band with text k.</summary>
        public void AddTo(IReadOnlyList<IngestPlan> plans, StoredMatches[] matches, Func<int, long, bool> candidate)
        {
            for (var k = 0; k < plans.Count; k++)
            {
                var match = matches[k];
                if (match.ByUrl is null && plans[k].CanonicalUrl is { } url && ByUrl.TryGetValue(url, out var u)) match.ByUrl = u;
                if (match.ByHash is null && ByHash.TryGetValue(plans[k].ContentHash, out var h)) match.ByHash = h;
                foreach (var (id, signature) in Signatures.OrderBy(s => s.Key))
                {
                    if (candidate(k, id) && !match.Candidates.Exists(c => c.ArticleId == id)) match.Candidates.Add((id, signature));
                }
            }
        }
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
