using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using IncidentMap.Geoparsing.Parsing;
using IncidentMap.Geoparsing.Places;
using IncidentMap.Server.Layers;
using IncidentMap.Server.Storage;
using IncidentMap.Server.Storage.PostGis;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace StoreBench;

/// <summary>
/// Appends synthetic articles (five incidents each) to a migrated IncidentMap database with binary COPY, in the exact
/// shape the store writes: places once by gazetteer id, incidents with their representative point and countries.
/// </summary>
internal static class BulkLoader
{
    private const int _incidentsPerArticle = 5;

    public static async Task LoadAsync(string connectionString, SyntheticEurope europe, int count, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.ConnectionStringBuilder.CommandTimeout = 0;
        builder.UseNetTopologySuite(handleOrdinates: NetTopologySuite.Geometries.Ordinates.XY);
        await using var source = builder.Build();
        await using var connection = await source.OpenConnectionAsync(cancellationToken);
        var clock = Stopwatch.StartNew();

        var drawn = Enumerable.Range(0, count).Select(_ => Drawn.Next(europe)).ToArray();
        var articleBase = await ScalarAsync(connection, "SELECT coalesce(max(id), 0) FROM articles", cancellationToken);
        var incidentBase = await ScalarAsync(connection, "SELECT coalesce(max(id), 0) FROM incidents", cancellationToken);
        var run = Guid.NewGuid().ToString("N");

        var known = new HashSet<string>(StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand("SELECT id FROM places", connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken)) known.Add(reader.GetString(0));
        }
        var newPlaces = drawn.Select(d => d.Place).DistinctBy(p => p.Id).Where(p => !known.Contains(p.Id)).ToArray();
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY places (id, kind, name, code, country_code, lat, lon, geometry) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var p in newPlaces)
            {
                await copy.WriteRowAsync(cancellationToken, p.Id, p.Kind.ToString(), p.Name, p.Code, p.CountryCode, p.Lat, p.Lon, p.Geometry);
            }
            await copy.CompleteAsync(cancellationToken);
        }
        var options = new DbContextOptionsBuilder<IncidentDbContext>();
        IncidentDbContext.Configure(options, connectionString);
        // Measure the places against the border lines in chunks, two at a time (one per core).
        var chunks = newPlaces.Select(p => p.Id).Chunk(2000).ToArray();
        var measured = 0;
        await Parallel.ForEachAsync(chunks, new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = cancellationToken }, async (chunk, ct) =>
        {
            await using var db = new IncidentDbContext(options.Options);
            db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
            await BorderDistances.MeasurePlacesAsync(db, chunk, ct);
            Console.Error.WriteLine($"  measured {Interlocked.Add(ref measured, chunk.Length)} of {newPlaces.Length} places");
        });
        Console.Error.WriteLine($"{newPlaces.Length} places, measured against the borders, in {clock.Elapsed.TotalSeconds:F1} s");

        var articles = (count + _incidentsPerArticle - 1) / _incidentsPerArticle;
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY articles (id, title, text, published, source, url, content_hash, ingested_at) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            for (var a = 0; a < articles; a++)
            {
                var id = articleBase + a + 1;
                var text = ArticleText(drawn, a, run);
                var published = drawn[a * _incidentsPerArticle].Date.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(id, NpgsqlDbType.Bigint, cancellationToken);
                await copy.WriteAsync($"Synthetic report {id}", NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(text, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(published, NpgsqlDbType.TimestampTz, cancellationToken);
                await copy.WriteAsync("Synthetic Wire", NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync($"https://example.org/synthetic/{run}/{id}", NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))), NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(DateTime.UtcNow, NpgsqlDbType.TimestampTz, cancellationToken);
            }
            await copy.CompleteAsync(cancellationToken);
        }
        Console.Error.WriteLine($"{articles} articles in {clock.Elapsed.TotalSeconds:F1} s");

        await using (var copy = await connection.BeginBinaryImportAsync(
            """
            COPY incidents (id, article_id, ordinal, type, subtype, date, date_precision, geo_precision, summary, summary_start,
                summary_end, actors, countries, location, rendered_properties) FROM STDIN (FORMAT BINARY)
            """, cancellationToken))
        {
            for (var i = 0; i < count; i++)
            {
                var d = drawn[i];
                var summary = Sentence(d.Place, d.Subtype);
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(incidentBase + i + 1, NpgsqlDbType.Bigint, cancellationToken);
                await copy.WriteAsync(articleBase + i / _incidentsPerArticle + 1, NpgsqlDbType.Bigint, cancellationToken);
                await copy.WriteAsync(i % _incidentsPerArticle, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(d.Type, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(d.Subtype, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(d.Date, NpgsqlDbType.Date, cancellationToken);
                await copy.WriteAsync("Day", NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(d.GeoPrecision, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(summary, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(0, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(summary.Length, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(new[] { "Russia" }, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(Countries(d.Place), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(d.Place.Point, NpgsqlDbType.Geometry, cancellationToken);
                await copy.WriteAsync(Rendered(d, summary, articleBase + i / _incidentsPerArticle + 1, run, drawn[i / _incidentsPerArticle * _incidentsPerArticle].Date), NpgsqlDbType.Bytea, cancellationToken);
            }
            await copy.CompleteAsync(cancellationToken);
        }
        Console.Error.WriteLine($"{count} incidents in {clock.Elapsed.TotalSeconds:F1} s");

        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY incident_places (incident_id, ordinal, place_id, mention, mention_start, mention_end) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            for (var i = 0; i < count; i++)
            {
                var place = drawn[i].Place;
                await copy.WriteRowAsync(cancellationToken, incidentBase + i + 1, 0, place.Id, place.Name, 0, place.Name.Length);
            }
            await copy.CompleteAsync(cancellationToken);
        }
        Console.Error.WriteLine($"{count} incident places in {clock.Elapsed.TotalSeconds:F1} s");

        await using (var db = new IncidentDbContext(options.Options))
        {
            db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
            await BorderDistances.MeasureIncidentsAsync(db, [.. Enumerable.Range(1, count).Select(i => incidentBase + i)], cancellationToken);
        }
        Console.Error.WriteLine($"{count} incidents measured against the borders in {clock.Elapsed.TotalSeconds:F1} s");

        await ScalarAsync(connection, """
            SELECT setval(pg_get_serial_sequence('articles', 'id'), (SELECT max(id) FROM articles));
            SELECT setval(pg_get_serial_sequence('incidents', 'id'), (SELECT max(id) FROM incidents));
            """, cancellationToken);
        // Freshly copied rows are not yet marked all-visible: vacuum so index-only scans (near-border pages and counts)
        // skip the table from the first query, as on a settled database.
        await using (var vacuum = new NpgsqlCommand("VACUUM (ANALYZE)", connection)) await vacuum.ExecuteNonQueryAsync(cancellationToken);
        Console.WriteLine($"loaded {count} incidents in {articles} articles, {newPlaces.Length} new places: {clock.Elapsed.TotalSeconds:F1} s");
    }

    /// <summary>The properties as the store renders them at ingest, with the same renderer.</summary>
    private static byte[] Rendered(Drawn d, string summary, long articleId, string run, DateOnly published) => IncidentProperties.Render(new StoredIncident
    {
        Id = 0,
        Type = d.Type,
        Subtype = d.Subtype,
        Date = d.Date,
        DatePrecision = DatePrecision.Day,
        GeoPrecision = d.GeoPrecision,
        Summary = summary,
        SummarySpan = new TextSpan(0, summary.Length),
        Actors = ["Russia"],
        Places = [new IncidentPlace(d.Place.Id, d.Place.Kind, d.Place.Name, d.Place.Code, d.Place.CountryCode, d.Place.Name, 0, d.Place.Name.Length)],
        Countries = Countries(d.Place),
        Article = new ArticleRef(articleId, $"Synthetic report {articleId}", "Synthetic Wire", $"https://example.org/synthetic/{run}/{articleId}",
            published.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc)),
    });

    internal static string Sentence(Place place, string subtype) => $"Reports of {subtype.Replace('_', ' ')} at {place.Name}.";

    private sealed record Drawn(Place Place, int GeoPrecision, string Type, string Subtype, DateOnly Date)
    {
        public static Drawn Next(SyntheticEurope europe)
        {
            var (place, geo) = europe.NextPlace();
            var (type, subtype) = europe.NextSubtype();
            return new Drawn(place, geo, type, subtype, europe.NextDate());
        }
    }

    private static string ArticleText(Drawn[] drawn, int article, string run)
    {
        var text = new StringBuilder($"Synthetic report {run}-{article}. ");
        for (var i = article * _incidentsPerArticle; i < Math.Min(drawn.Length, (article + 1) * _incidentsPerArticle); i++)
        {
            text.Append(Sentence(drawn[i].Place, drawn[i].Subtype)).Append(' ');
        }
        return text.ToString();
    }

    private static string[] Countries(Place place) => place.Kind switch
    {
        PlaceKind.Border => [.. place.Neighbours.Order(StringComparer.Ordinal)],
        PlaceKind.Country or PlaceKind.Airspace => [place.CountryCode ?? place.Code ?? ""],
        _ => place.CountryCode is { } c ? [c] : [],
    };

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
