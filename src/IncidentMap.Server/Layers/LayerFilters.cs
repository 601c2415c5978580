using IncidentMap.Geoparsing.Places;
using IncidentMap.Server.Storage;

namespace IncidentMap.Server.Layers;

/// <summary>Turns the layer parameters into store filters, throwing a 400 naming the first bad parameter.</summary>
public static class LayerFilters
{
    public static IncidentFilter Parse(LayerQuery query, Gazetteer gazetteer, int defaultLimit)
    {
        Simplify(query);
        var (from, to) = QueryParameters.Interval(query.Datetime);
        return new IncidentFilter
        {
            Bbox = QueryParameters.Bbox(query.Bbox),
            From = from,
            To = to,
            Types = QueryParameters.Types(query.Type),
            Country = QueryParameters.Country(query.Country, gazetteer)?.Code,
            ArticleId = QueryParameters.Id(query.Article, "article"),
            Limit = QueryParameters.Integer(query.Limit, "limit", 1, QueryParameters.MaxLimit, defaultLimit),
            Offset = QueryParameters.Integer(query.Offset, "offset", 0, int.MaxValue, 0),
            After = QueryParameters.Cursor(query.Cursor),
        };
    }

    /// <summary>The smallest outline tolerance: 1e-9° is about 0.1 mm; tinier ones (down to denormals) break the simplifier.</summary>
    public const double MinSimplify = 1e-9;

    /// <summary>The outline tolerance in degrees, or null for full detail; validated on every layer.</summary>
    public static double? Simplify(LayerQuery query) =>
        QueryParameters.PositiveNumber(query.Simplify, "simplify", 1) is { } tolerance && tolerance < MinSimplify
            ? throw new Errors.InvalidParameterException("simplify", $"'simplify' must be at least {MinSimplify} degrees (about 0.1 mm), not '{query.Simplify}'; leave it out for full detail.")
            : QueryParameters.PositiveNumber(query.Simplify, "simplify", 1);

    /// <summary>The border-line filter from the same parameters; borders are static lines, so only bbox,
    /// country, limit and offset narrow them (the other filters are still validated).</summary>
    public static BorderFilter ToBorderFilter(IncidentFilter filter) => new()
    {
        Bbox = filter.Bbox,
        Country = filter.Country,
        Limit = filter.Limit,
        Offset = filter.Offset,
    };

    /// <summary>Whether the collection goes out as an attachment: <c>download=1</c> or a <c>.geojson</c> path.</summary>
    public static bool WantsDownload(LayerQuery query, HttpRequest request) =>
        QueryParameters.Flag(query.Download, "download")
        || request.Path.Value?.EndsWith(".geojson", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>A file name that says what the download holds: <c>incidents-POL-2025-09-12.geojson</c>.</summary>
    public static string DownloadName(string layer, IncidentFilter filter, string extension = "geojson")
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
        return string.Join('-', parts).Replace('_', '-') + "." + extension;
    }
}
