using IncidentMap.Server.Ogc;
using IncidentMap.Server.Storage;

namespace IncidentMap.Server.Layers;

/// <summary>
/// A page of the incidents layer (or OGC items) from the store's read path: one row more than the page is read to know
/// whether a next page exists, whose link carries a keyset cursor; numberMatched is counted only when the page does
/// not already tell it. A download (no limit) streams every match.
/// </summary>
public static class IncidentPage
{
    public static FeatureCollectionResult<RenderedIncident> Create(IIncidentStore store, IncidentFilter filter, HttpRequest request,
        Func<IEnumerable<OgcLink>>? otherLinks = null, bool timeStamp = false, string? downloadName = null)
    {
        var all = filter.Limit == int.MaxValue;
        var read = store.ReadIncidentsAsync(all ? filter : filter with { Limit = filter.Limit + 1 }, request.HttpContext.RequestAborted);
        var more = false;
        return new FeatureCollectionResult<RenderedIncident>(Take(read, filter.Limit, () => more = true), (w, i) => IncidentFeature.Write(w, i))
        {
            DownloadName = downloadName,
            WriteMembers = async (w, returned, last, ct) =>
            {
                // The page tells the total when it is the first and not full, or the last reached by offset.
                var matched = !more && filter.After is null && (returned > 0 || filter.Offset == 0)
                    ? filter.Offset + returned
                    : await store.CountIncidentsAsync(filter, ct);
                w.WriteNumber("numberMatched", matched);
                w.WriteNumber("numberReturned", returned);
                if (timeStamp) w.WriteString("timeStamp", DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
                if (all) return;
                var links = new List<OgcLink> { new(PageLink.Url(request, filter.Offset, filter.After?.ToString()), "self", "application/geo+json", "This page") };
                if (more && last is not null) links.Add(new(PageLink.Url(request, cursor: last.Cursor.ToString()), "next", "application/geo+json", "Next page"));
                if (filter.After is null && filter.Offset > 0)
                    links.Add(new(PageLink.Url(request, Math.Max(0, filter.Offset - filter.Limit)), "prev", "application/geo+json", "Previous page"));
                if (otherLinks is not null) links.AddRange(otherLinks());
                PageLink.WriteAll(w, links);
            },
        };
    }

    private static async IAsyncEnumerable<RenderedIncident> Take(IAsyncEnumerable<RenderedIncident> source, int limit, Action more)
    {
        var n = 0;
        await foreach (var incident in source)
        {
            if (n++ == limit)
            {
                more();
                yield break;
            }
            yield return incident;
        }
    }
}
