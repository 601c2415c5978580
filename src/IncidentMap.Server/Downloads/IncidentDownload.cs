using IncidentMap.Server.Layers;
using IncidentMap.Server.Ogc;
using IncidentMap.Server.Storage;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Mvc;

namespace IncidentMap.Server.Downloads;

/// <summary>Incidents in the format asked for, all from the store's one read path.</summary>
public static class IncidentDownload
{
    public static IActionResult Result(IIncidentStore store, IncidentFilter filter, DownloadFormat format, HttpRequest request,
        string? downloadName, Func<IEnumerable<OgcLink>>? otherLinks = null, bool timeStamp = false)
    {
        // A whole filtered set streams for as long as it takes: the request timeout would cut it off mid-file, where
        // no error can be sent any more. The client's disconnect still stops it.
        if (filter.Limit == int.MaxValue) request.HttpContext.Features.Get<IHttpRequestTimeoutFeature>()?.DisableTimeout();
        if (format == DownloadFormat.GeoJson) return IncidentPage.Create(store, filter, request, otherLinks, timeStamp, downloadName);
        var incidents = store.ReadIncidentsAsync(filter, request.HttpContext.RequestAborted);
        if (format == DownloadFormat.GeoJsonSeq) return new GeoJsonSeqResult(incidents, downloadName);
        if (format == DownloadFormat.Csv) return new CsvResult(incidents, downloadName);
        return new GeoPackageResult(incidents, downloadName);
    }

    /// <summary>Links to the same request in the other formats (OGC API alternates).</summary>
    public static IEnumerable<OgcLink> Alternates(HttpRequest request, DownloadFormat current) =>
        DownloadFormat.All.Where(f => f != current).Select(f => new OgcLink(PageLink.Url(request, format: f.Name), "alternate", f.MediaType, f.Title));
}
