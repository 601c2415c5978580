using System.Text;
using Npgsql;
using NpgsqlTypes;

namespace IncidentMap.Server.Storage.PostGis;

/// <summary>The incident filters as one SQL condition over <c>incidents i</c>, shared by every map-facing read (layers,
/// downloads, near-border, clusters, timeline), with its parameters. Only located incidents are on the map: one with
/// no place anywhere stays in its article's record only.</summary>
internal static class IncidentConditions
{
    public static string Where(IncidentFilter filter, NpgsqlParameterCollection parameters, bool withCursor = true)
    {
        var sql = new StringBuilder("i.location IS NOT NULL");
        if (filter.Bbox is { } box)
        {
            var parts = box.Parts.Select((e, n) =>
            {
                parameters.AddWithValue($"box{n}_minx", e.MinX);
                parameters.AddWithValue($"box{n}_miny", e.MinY);
                parameters.AddWithValue($"box{n}_maxx", e.MaxX);
                parameters.AddWithValue($"box{n}_maxy", e.MaxY);
                return $"i.location && ST_MakeEnvelope(@box{n}_minx, @box{n}_miny, @box{n}_maxx, @box{n}_maxy, 4326)";
            });
            sql.Append(" AND (").AppendJoin(" OR ", parts).Append(')');
        }
        var (from, to) = StoredIncidents.Days(filter);
        if (from is { } first)
        {
            sql.Append(" AND i.date >= @from");
            parameters.AddWithValue("from", NpgsqlDbType.Date, first);
        }
        if (to is { } last)
        {
            sql.Append(" AND i.date <= @to");
            parameters.AddWithValue("to", NpgsqlDbType.Date, last);
        }
        if (filter.Types is { Count: > 0 } types)
        {
            sql.Append(" AND (i.type = ANY(@types) OR i.subtype = ANY(@types))");
            parameters.AddWithValue("types", types.ToArray());
        }
        if (filter.Country is { } country)
        {
            // Containment, so the GIN index on the array answers it.
            sql.Append(" AND i.countries @> ARRAY[@country]::text[]");
            parameters.AddWithValue("country", country);
        }
        if (filter.ArticleId is { } article)
        {
            sql.Append(" AND i.article_id = @article");
            parameters.AddWithValue("article", article);
        }
        if (withCursor && filter.After is { } after)
        {
            sql.Append(" AND (i.article_id < @after_article OR (i.article_id = @after_article AND i.id > @after_id))");
            parameters.AddWithValue("after_article", after.ArticleId);
            parameters.AddWithValue("after_id", after.IncidentId);
        }
        return sql.ToString();
    }

    /// <summary>LIMIT and OFFSET of a page; no LIMIT for "every match".</summary>
    public static string Page(IncidentFilter filter) =>
        (filter.Limit == int.MaxValue ? "" : $" LIMIT {filter.Limit}") + (filter.Offset > 0 ? $" OFFSET {filter.Offset}" : "");
}
