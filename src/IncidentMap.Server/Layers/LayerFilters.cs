using IncidentMap.Geoparsing.Places;
using IncidentMap.Server.Storage;

namespace IncidentMap.Server.Layers;

/// <summary>The filters every layer accepts: bbox, datetime, type, country, article, limit, offset.</summary>
public static class LayerFilters
{
    public static IncidentFilter Parse(IQueryCollection query, Gazetteer gazetteer, int defaultLimit)
    {
        var (from, to) = QueryParameters.Interval(QueryParameters.Single(query, "datetime"));
        return new IncidentFilter
        {
            Bbox = QueryParameters.Bbox(QueryParameters.Single(query, "bbox")),
            From = from,
            To = to,
            Types = QueryParameters.Types(QueryParameters.Single(query, "type")),
            Country = QueryParameters.Country(QueryParameters.Single(query, "country"), gazetteer)?.Code,
            ArticleId = QueryParameters.Id(QueryParameters.Single(query, "article"), "article"),
            Limit = QueryParameters.Integer(QueryParameters.Single(query, "limit"), "limit", 1, QueryParameters.MaxLimit, defaultLimit),
            Offset = QueryParameters.Integer(QueryParameters.Single(query, "offset"), "offset", 0, int.MaxValue, 0),
        };
    }

    /// <summary>The border-line filter from the same parameters; borders are static lines, so only bbox,
    /// country, limit and offset narrow them (the other filters are still validated).</summary>
    public static BorderFilter ToBorderFilter(IncidentFilter filter) => new()
    {
        Bbox = filter.Bbox,
        Country = filter.Country,
        Limit = filter.Limit,
        Offset = filter.Offset,
    };

    /// <summary>A file name that says what the download holds: <c>incidents-POL-2025-09-12.geojson</c>.</summary>
    public static string DownloadName(string layer, IncidentFilter filter)
    {
        var parts = new List<string> { layer };
        if (filter.Country is { } country) parts.Add(country);
        if (filter.Types is { } types) parts.AddRange(types);
        if (filter.ArticleId is { } article) parts.Add($"article-{article}");
        if (filter.From is { } from && filter.To is { } to && from.UtcDateTime.Date == to.UtcDateTime.Date)
            parts.Add(from.ToString("yyyy-MM-dd"));
        else if (filter.From is not null || filter.To is not null)
            parts.Add($"{filter.From?.ToString("yyyy-MM-dd") ?? "start"}-to-{filter.To?.ToString("yyyy-MM-dd") ?? "now"}");
        if (filter.Bbox is not null) parts.Add("bbox");
        if (parts.Count == 1) parts.Add("all");
        return string.Join('-', parts).Replace('_', '-') + ".geojson";
    }
}
