using System.Buffers;
using System.Text.Json;
using IncidentMap.Server.Layers;
using IncidentMap.Server.Storage;
using Microsoft.AspNetCore.Mvc;

namespace IncidentMap.Server.Downloads;

/// <summary>Incidents as a GeoJSON text sequence (RFC 8142): each Feature after a record separator, one per line,
/// streamed as read, so a client can process a download of any size feature by feature.</summary>
public sealed class GeoJsonSeqResult(IAsyncEnumerable<RenderedIncident> incidents, string? downloadName) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.ContentType = DownloadFormat.GeoJsonSeq.MediaType;
        if (downloadName is not null) response.Headers.ContentDisposition = $"attachment; filename=\"{downloadName}\"";
        var ct = context.HttpContext.RequestAborted;
        var writer = response.BodyWriter;
        await using var w = new Utf8JsonWriter(writer);
        await foreach (var incident in incidents.WithCancellation(ct))
        {
            writer.Write("\u001e"u8);
            w.Reset(writer);
            IncidentFeature.Write(w, incident);
            w.Flush();
            writer.Write("\n"u8);
            if (writer.UnflushedBytes > FeatureCollectionResult<RenderedIncident>.FlushBytes) await writer.FlushAsync(ct);
        }
        await writer.FlushAsync(ct);
    }
}
