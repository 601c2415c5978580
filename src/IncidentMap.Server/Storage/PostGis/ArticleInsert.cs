using System.Globalization;
using System.Text.Json;
using Npgsql;

namespace IncidentMap.Server.Storage.PostGis;

/// <summary>
/// Writes an article, its incidents and their place links in one statement, sent in the ingest's batch inside its
/// transaction. A duplicate text inserts nothing (ON CONFLICT on the unique content hash) and returns null.
/// </summary>
internal static class ArticleInsert
{
    private const string _sql = """
        WITH article AS (
            INSERT INTO articles (title, text, published, source, url, content_hash, ingested_at)
            VALUES (@title, @text, @published, @source, @url, @hash, @ingested_at)
            ON CONFLICT (content_hash) DO NOTHING
            RETURNING id),
        incident AS (
            INSERT INTO incidents (article_id, ordinal, type, subtype, date, date_precision, geo_precision, summary,
                summary_start, summary_end, actors, countries, location, rendered_properties)
            SELECT article.id, x.ordinal, x.type, x.subtype, x.date::date, x.date_precision, x.geo_precision, x.summary,
                x.summary_start, x.summary_end,
                ARRAY(SELECT json_array_elements_text(x.actors::json)),
                ARRAY(SELECT json_array_elements_text(x.countries::json)),
                CASE WHEN x.lon IS NULL THEN NULL ELSE ST_SetSRID(ST_MakePoint(x.lon, x.lat), 4326) END,
                x.rendered
            FROM article, unnest(@ordinal, @type, @subtype, @date, @date_precision, @geo_precision, @summary,
                @summary_start, @summary_end, @actors, @countries, @lon, @lat, @rendered)
                AS x(ordinal, type, subtype, date, date_precision, geo_precision, summary, summary_start, summary_end,
                     actors, countries, lon, lat, rendered)
            RETURNING id, ordinal, location),
        link AS (
            INSERT INTO incident_places (incident_id, ordinal, place_id, mention, mention_start, mention_end)
            SELECT incident.id, y.ordinal, y.place_id, y.mention, y.mention_start, y.mention_end
            FROM incident
            JOIN unnest(@link_incident, @link_ordinal, @link_place, @link_mention, @link_start, @link_end)
                AS y(incident_ordinal, ordinal, place_id, mention, mention_start, mention_end)
                ON y.incident_ordinal = incident.ordinal
            RETURNING incident_id, place_id),
        near AS (
            -- The incidents' distances to border lines: from their places' stored distances, and from their points.
            INSERT INTO incident_border_distances (border_id, incident_id, distance_m, point_distance_m)
            SELECT m.border_id, m.incident_id, m.distance_m,
                coalesce(ST_Distance(incident.location::geography, b.geometry::geography), m.distance_m)
            FROM (SELECT d.border_id, link.incident_id, min(d.distance_m) AS distance_m
                  FROM link JOIN border_distances d ON d.place_id = link.place_id
                  WHERE d.distance_m <= @incident_radius
                  GROUP BY d.border_id, link.incident_id) m
            JOIN incident ON incident.id = m.incident_id
            JOIN places b ON b.id = m.border_id)
        SELECT article.id, coalesce((SELECT array_agg(incident.id ORDER BY incident.ordinal) FROM incident), '{}')
        FROM article
        """;

    /// <summary>The properties of the article's incidents as every layer writes them, rendered once (CPU work, done
    /// before the ingest's turn); the ids are not known yet and are written in front when read.</summary>
    public static byte[][] Render(StoredArticle article, IngestPlan plan)
    {
        var reference = new ArticleRef(0, article.Title, article.Source, article.Url, article.Published);
        return [.. plan.Incidents.Select(d => Layers.IncidentProperties.Render(StoredIncidents.From(d, 0, reference)))];
    }

    /// <summary>The statement for one article, for a batch: its result is one row, the new article id and its incident
    /// ids in order, or no row when the text is already stored.</summary>
    public static NpgsqlBatchCommand Command(StoredArticle article, IngestPlan plan, byte[][] rendered)
    {
        var command = new NpgsqlBatchCommand(_sql);
        var p = command.Parameters;
        p.AddWithValue("title", article.Title);
        p.AddWithValue("text", article.Text);
        p.AddWithValue("published", (object?)article.Published ?? DBNull.Value);
        p.AddWithValue("source", (object?)article.Source ?? DBNull.Value);
        p.AddWithValue("url", (object?)article.Url ?? DBNull.Value);
        p.AddWithValue("hash", article.ContentHash);
        p.AddWithValue("ingested_at", article.IngestedAt);

        var incidents = plan.Incidents;
        p.AddWithValue("ordinal", Enumerable.Range(0, incidents.Count).ToArray());
        p.AddWithValue("type", incidents.Select(d => d.Incident.Type).ToArray());
        p.AddWithValue("subtype", incidents.Select(d => d.Incident.Subtype).ToArray());
        p.AddWithValue("date", incidents.Select(d => d.Incident.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToArray());
        p.AddWithValue("date_precision", incidents.Select(d => d.Incident.DatePrecision.ToString()).ToArray());
        p.AddWithValue("geo_precision", incidents.Select(d => d.Incident.GeoPrecision).ToArray());
        p.AddWithValue("summary", incidents.Select(d => d.Summary).ToArray());
        p.AddWithValue("summary_start", incidents.Select(d => d.SummarySpan.Start).ToArray());
        p.AddWithValue("summary_end", incidents.Select(d => d.SummarySpan.End).ToArray());
        p.AddWithValue("actors", incidents.Select(d => JsonSerializer.Serialize(d.Incident.Actors)).ToArray());
        p.AddWithValue("countries", incidents.Select(d => JsonSerializer.Serialize(d.Countries)).ToArray());
        p.AddWithValue("lon", incidents.Select(d => d.Location?.X).ToArray());
        p.AddWithValue("lat", incidents.Select(d => d.Location?.Y).ToArray());
        p.AddWithValue("rendered", rendered);

        var links = incidents.SelectMany((d, i) => d.Mentions.Select((m, k) => (Incident: i, Ordinal: k, Mention: m))).ToArray();
        p.AddWithValue("link_incident", links.Select(l => l.Incident).ToArray());
        p.AddWithValue("link_ordinal", links.Select(l => l.Ordinal).ToArray());
        p.AddWithValue("link_place", links.Select(l => l.Mention.Place.Id).ToArray());
        p.AddWithValue("link_mention", links.Select(l => l.Mention.Text).ToArray());
        p.AddWithValue("link_start", links.Select(l => l.Mention.Start).ToArray());
        p.AddWithValue("link_end", links.Select(l => l.Mention.End).ToArray());
        p.AddWithValue("incident_radius", BorderDistances.IncidentRadiusMetres);
        return command;
    }

    /// <summary>Reads one <see cref="Command"/>'s result from the batch's reader, positioned on it.</summary>
    public static async Task<(long ArticleId, long[] IncidentIds)?> ReadAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        if (!await reader.ReadAsync(cancellationToken)) return null;
        return (reader.GetInt64(0), reader.GetFieldValue<long[]>(1));
    }
}
