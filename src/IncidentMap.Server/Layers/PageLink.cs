using System.Globalization;
using System.Text.Json;
using IncidentMap.Server.Ogc;
using Microsoft.AspNetCore.Http.Extensions;

namespace IncidentMap.Server.Layers;

/// <summary>Links to other pages of the same request: the query as given, with its paging parameters replaced.</summary>
public static class PageLink
{
    /// <summary>The request's own URL with <c>offset</c> and <c>cursor</c> replaced by the given ones (and <c>f</c>, when a
    /// format is given).</summary>
    public static string Url(HttpRequest request, int? offset = null, string? cursor = null, string? format = null)
    {
        var kept = request.Query.Where(q => q.Key is not ("offset" or "cursor") && (format is null || q.Key != "f"))
            .SelectMany(q => q.Value.Select(v => KeyValuePair.Create(q.Key, v ?? "")));
        var query = new QueryBuilder(kept);
        if (offset is > 0) query.Add("offset", offset.Value.ToString(CultureInfo.InvariantCulture));
        if (cursor is not null) query.Add("cursor", cursor);
        if (format is not null) query.Add("f", format);
        return $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}{query}";
    }

    public static void WriteAll(Utf8JsonWriter w, IEnumerable<OgcLink> links)
    {
        w.WriteStartArray("links");
        foreach (var link in links) link.Write(w);
        w.WriteEndArray();
    }
}
