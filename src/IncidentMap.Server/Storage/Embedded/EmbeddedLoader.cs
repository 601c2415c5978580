using System.Globalization;
using System.Text.Json;
using IncidentMap.Geoparsing;
using IncidentMap.Geoparsing.Parsing;
using IncidentMap.Geoparsing.Places;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace IncidentMap.Server.Storage.Embedded;

/// <summary>Reads the whole database file into the memory index at open.</summary>
internal static class EmbeddedLoader
{
    public static async Task LoadAsync(SqliteConnection connection, MemoryIndex memory, CancellationToken cancellationToken)
    {
        var reader = new WKBReader(NetTopologySuite.NtsGeometryServices.Instance);
        await foreach (var r in ReadAsync(connection, "SELECT id, kind, name, code, country_code, lat, lon, geometry FROM places", cancellationToken))
        {
            var geometry = reader.Read((byte[])r.GetValue(7));
            geometry.SRID = 4326;
            memory.AddPlace(new StoredPlace(r.GetString(0), Enum.Parse<PlaceKind>(r.GetString(1)), r.GetString(2),
                NullableString(r, 3), NullableString(r, 4), r.GetDouble(5), r.GetDouble(6), geometry));
        }
        await foreach (var r in ReadAsync(connection, "SELECT place_id, country_a, name_a, country_b, name_b, length_km FROM borders", cancellationToken))
        {
            var place = memory.Place(r.GetString(0))!;
            memory.SetBorder(new BorderLine(place.Id, r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetDouble(5), place.Geometry));
        }

        var mentions = new Dictionary<long, List<IncidentPlace>>();
        await foreach (var r in ReadAsync(connection, "SELECT incident_id, place_id, mention, mention_start, mention_end FROM incident_places ORDER BY incident_id, ordinal", cancellationToken))
        {
            var place = memory.Place(r.GetString(1))!;
            if (!mentions.TryGetValue(r.GetInt64(0), out var list)) mentions[r.GetInt64(0)] = list = [];
            list.Add(new IncidentPlace(place.Id, place.Kind, place.Name, place.Code, place.CountryCode, r.GetString(2), r.GetInt32(3), r.GetInt32(4)));
        }

        var incidents = new Dictionary<long, List<StoredIncident>>();
        await foreach (var r in ReadAsync(connection, """
            SELECT i.id, i.article_id, type, subtype, date, date_precision, geo_precision, summary, summary_start, summary_end,
                   actors, countries, lon, lat, a.title, a.source, a.url, a.published, i.event_id
            FROM incidents i JOIN articles a ON a.id = i.article_id ORDER BY i.article_id, i.ordinal
            """, cancellationToken))
        {
            var articleId = r.GetInt64(1);
            if (!incidents.TryGetValue(articleId, out var list)) incidents[articleId] = list = [];
            list.Add(new StoredIncident
            {
                Id = r.GetInt64(0),
                Type = r.GetString(2),
                Subtype = r.GetString(3),
                Date = r.IsDBNull(4) ? null : DateOnly.ParseExact(r.GetString(4), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                DatePrecision = Enum.Parse<DatePrecision>(r.GetString(5)),
                GeoPrecision = r.IsDBNull(6) ? null : r.GetInt32(6),
                Summary = r.GetString(7),
                SummarySpan = new TextSpan(r.GetInt32(8), r.GetInt32(9)),
                Actors = JsonSerializer.Deserialize<string[]>(r.GetString(10)) ?? [],
                Countries = JsonSerializer.Deserialize<string[]>(r.GetString(11)) ?? [],
                Location = r.IsDBNull(12) ? null : GeometryFactories.Wgs84.CreatePoint(new Coordinate(r.GetDouble(12), r.GetDouble(13))),
                Places = mentions.GetValueOrDefault(r.GetInt64(0)) ?? [],
                Article = new ArticleRef(articleId, r.GetString(14), NullableString(r, 15), NullableString(r, 16), Timestamp(r, 17)),
                EventId = r.IsDBNull(18) ? null : r.GetInt64(18),
            });
        }

        await foreach (var r in ReadAsync(connection, "SELECT id, title, text, published, source, url, content_hash, ingested_at FROM articles", cancellationToken))
        {
            var article = new StoredArticle
            {
                Id = r.GetInt64(0),
                Title = r.GetString(1),
                Text = r.GetString(2),
                Published = Timestamp(r, 3),
                Source = NullableString(r, 4),
                Url = NullableString(r, 5),
                ContentHash = r.GetString(6),
                IngestedAt = Timestamp(r, 7)!.Value,
            };
            memory.AddArticle(article, incidents.GetValueOrDefault(article.Id) ?? []);
        }
    }

    private static async IAsyncEnumerable<SqliteDataReader> ReadAsync(
        SqliteConnection connection, string sql, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) yield return reader;
    }

    private static string? NullableString(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static DateTimeOffset? Timestamp(SqliteDataReader r, int i) =>
        r.IsDBNull(i) ? null : DateTimeOffset.Parse(r.GetString(i), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
