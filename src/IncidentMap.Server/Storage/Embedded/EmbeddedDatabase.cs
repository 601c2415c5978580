using System.Globalization;
using System.Text.Json;
using IncidentMap.Geoparsing.Places;
using Microsoft.Data.Sqlite;
using NetTopologySuite.IO;

namespace IncidentMap.Server.Storage.Embedded;

/// <summary>The SQL side of the embedded store: opening the file, syncing borders, writing an article in one transaction.</summary>
internal static class EmbeddedDatabase
{
    public static async Task OpenAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        // WAL with synchronous=FULL: a commit is on disk before it returns, and a crash mid-write leaves the last
        // committed state readable.
        await ExecuteAsync(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000;", cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        long version;
        await using (var read = connection.CreateCommand())
        {
            read.CommandText = "PRAGMA user_version";
            version = (long)(await read.ExecuteScalarAsync(cancellationToken))!;
        }
        if (version > EmbeddedSchema.Version)
            throw new InvalidOperationException($"{connection.DataSource} was written by a newer IncidentMap (schema {version}, this one knows {EmbeddedSchema.Version}).");
        // Version 0 is a new file, or one from before versions were counted; Create only adds what is missing.
        if (version <= 1) await ExecuteAsync(connection, EmbeddedSchema.Create, cancellationToken);
        for (var v = Math.Max(version, 1); v < EmbeddedSchema.Version; v++)
            await ExecuteAsync(connection, EmbeddedSchema.Upgrades[(int)v - 1], cancellationToken);
        await ExecuteAsync(connection, $"PRAGMA user_version={EmbeddedSchema.Version};", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Brings the stored border lines in line with the gazetteer: new and changed ones written, ones it no longer
    /// has removed.</summary>
    public static async Task SyncBordersAsync(SqliteConnection connection, Gazetteer gazetteer, CancellationToken cancellationToken)
    {
        var writer = new WKBWriter();
        var lines = BorderLines.From(gazetteer).ToList();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        // A border the gazetteer no longer has (a lease line, a pair it stopped counting) is no longer listed; its
        // place stays, since incidents may be located at it.
        await using (var stale = connection.CreateCommand())
        {
            stale.CommandText = "DELETE FROM borders WHERE place_id NOT IN (SELECT value FROM json_each($ids))";
            Add(stale, "$ids", System.Text.Json.JsonSerializer.Serialize(lines.Select(l => l.Id)));
            await stale.ExecuteNonQueryAsync(cancellationToken);
        }
        foreach (var line in lines)
        {
            var place = gazetteer.Get(line.Id)!;
            await using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO places (id, kind, name, code, country_code, lat, lon, geometry)
                VALUES ($id, $kind, $name, $code, NULL, $lat, $lon, $geometry)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, code = excluded.code, lat = excluded.lat,
                    lon = excluded.lon, geometry = excluded.geometry;
                INSERT INTO borders (place_id, country_a, name_a, country_b, name_b, length_km)
                VALUES ($id, $a, $nameA, $b, $nameB, $length)
                ON CONFLICT (place_id) DO UPDATE SET country_a = excluded.country_a, name_a = excluded.name_a,
                    country_b = excluded.country_b, name_b = excluded.name_b, length_km = excluded.length_km;
                """;
            Add(command, "$id", line.Id);
            Add(command, "$kind", PlaceKind.Border.ToString());
            Add(command, "$name", place.Name);
            Add(command, "$code", place.Code);
            Add(command, "$lat", place.Lat);
            Add(command, "$lon", place.Lon);
            Add(command, "$geometry", writer.Write(line.Geometry));
            Add(command, "$a", line.CountryA);
            Add(command, "$nameA", line.NameA);
            Add(command, "$b", line.CountryB);
            Add(command, "$nameB", line.NameB);
            Add(command, "$length", line.LengthKm);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Writes the new places, the article, its first copy, its signature and its incidents, inside the
    /// caller's transaction.</summary>
    public static async Task<AddArticleResult> InsertAsync(
        SqliteConnection connection, NewArticle article, IngestPlan plan, IReadOnlyList<StoredPlace> newPlaces, CancellationToken cancellationToken)
    {
        var writer = new WKBWriter();
        foreach (var place in newPlaces)
        {
            var command = EmbeddedCommands.Prepared(connection, """
                INSERT OR IGNORE INTO places (id, kind, name, code, country_code, lat, lon, geometry)
                VALUES ($id, $kind, $name, $code, $country, $lat, $lon, $geometry)
                """);
            Add(command, "$id", place.Id);
            Add(command, "$kind", place.Kind.ToString());
            Add(command, "$name", place.Name);
            Add(command, "$code", place.Code);
            Add(command, "$country", place.CountryCode);
            Add(command, "$lat", place.Lat);
            Add(command, "$lon", place.Lon);
            Add(command, "$geometry", writer.Write(place.Geometry));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        var stored = plan.Article(article);
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                INSERT INTO articles (title, text, published, source, url, content_hash, ingested_at)
                VALUES ($title, $text, $published, $source, $url, $hash, $ingested) RETURNING id
                """;
            Add(command, "$title", stored.Title);
            Add(command, "$text", stored.Text);
            Add(command, "$published", stored.Published?.ToString("O", CultureInfo.InvariantCulture));
            Add(command, "$source", stored.Source);
            Add(command, "$url", stored.Url);
            Add(command, "$hash", stored.ContentHash);
            Add(command, "$ingested", stored.IngestedAt.ToString("O", CultureInfo.InvariantCulture));
            stored = stored with { Id = (long)(await command.ExecuteScalarAsync(cancellationToken))! };
        }

        await EmbeddedSources.InsertSourceAsync(connection, stored.Id, plan.Source, cancellationToken);
        await EmbeddedSources.InsertSignatureAsync(connection, stored.Id, plan.Signature, cancellationToken);
        var reference = new ArticleRef(stored.Id, stored.Title, stored.Source, stored.Url, stored.Published);
        var incidents = new List<StoredIncident>(plan.Incidents.Count);
        for (var ordinal = 0; ordinal < plan.Incidents.Count; ordinal++)
        {
            var draft = plan.Incidents[ordinal];
            var id = await InsertIncidentAsync(connection, stored.Id, ordinal, draft, cancellationToken);
            incidents.Add(StoredIncidents.From(draft, id, reference));
        }
        return new AddArticleResult(stored, incidents, Created: true);
    }

    private static async Task<long> InsertIncidentAsync(SqliteConnection connection, long articleId, int ordinal, IncidentDraft draft, CancellationToken cancellationToken)
    {
        long id;
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                INSERT INTO incidents (article_id, ordinal, type, subtype, date, date_precision, geo_precision, summary,
                    summary_start, summary_end, actors, countries, lon, lat)
                VALUES ($article, $ordinal, $type, $subtype, $date, $precision, $geo, $summary, $start, $end, $actors,
                    $countries, $lon, $lat) RETURNING id
                """;
            var incident = draft.Incident;
            Add(command, "$article", articleId);
            Add(command, "$ordinal", ordinal);
            Add(command, "$type", incident.Type);
            Add(command, "$subtype", incident.Subtype);
            Add(command, "$date", incident.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Add(command, "$precision", incident.DatePrecision.ToString());
            Add(command, "$geo", incident.GeoPrecision);
            Add(command, "$summary", draft.Summary);
            Add(command, "$start", draft.SummarySpan.Start);
            Add(command, "$end", draft.SummarySpan.End);
            Add(command, "$actors", JsonSerializer.Serialize(incident.Actors));
            Add(command, "$countries", JsonSerializer.Serialize(draft.Countries));
            Add(command, "$lon", draft.Location?.X);
            Add(command, "$lat", draft.Location?.Y);
            id = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        }
        for (var i = 0; i < draft.Mentions.Count; i++)
        {
            var mention = draft.Mentions[i];
            var command = EmbeddedCommands.Prepared(connection, """
                INSERT INTO incident_places (incident_id, ordinal, place_id, mention, mention_start, mention_end)
                VALUES ($incident, $ordinal, $place, $mention, $start, $end)
                """);
            Add(command, "$incident", id);
            Add(command, "$ordinal", i);
            Add(command, "$place", mention.Place.Id);
            Add(command, "$mention", mention.Text);
            Add(command, "$start", mention.Start);
            Add(command, "$end", mention.End);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        return id;
    }

    internal static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Add(SqliteCommand command, string name, object? value) =>
        command.Parameters.AddWithValue(name, value ?? DBNull.Value);
}
