using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace IncidentMap.Server.Layers;

/// <summary>
/// Streams a GeoJSON FeatureCollection straight to the response with a <see cref="Utf8JsonWriter"/>, so a large
/// layer is never built as an object graph first. Geometries go through the registered GeoJSON converter.
/// </summary>
public sealed class FeatureCollectionResult<T>(
    IReadOnlyList<T> features,
    Action<Utf8JsonWriter, T, JsonSerializerOptions> writeFeature) : IActionResult
{
    /// <summary>Foreign members written before the features (OGC numberMatched, links...).</summary>
    public Action<Utf8JsonWriter, JsonSerializerOptions>? WriteMembers { get; init; }

    /// <summary>When set, the collection is sent as an attachment under this file name.</summary>
    public string? DownloadName { get; init; }

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.JsonSerializerOptions;
        response.ContentType = "application/geo+json; charset=utf-8";
        if (DownloadName is not null)
            response.Headers.ContentDisposition = $"attachment; filename=\"{DownloadName}\"";
        var ct = context.HttpContext.RequestAborted;
        await using var w = new Utf8JsonWriter(response.BodyWriter);
        w.WriteStartObject();
        w.WriteString("type", "FeatureCollection");
        WriteMembers?.Invoke(w, options);
        w.WriteStartArray("features");
        for (var i = 0; i < features.Count; i++)
        {
            writeFeature(w, features[i], options);
            // Hand full buffers to the socket as we go instead of holding the whole body.
            if (w.BytesPending > 32 * 1024)
            {
                w.Flush();
                await response.BodyWriter.FlushAsync(ct);
            }
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        await response.BodyWriter.FlushAsync(ct);
    }
}
