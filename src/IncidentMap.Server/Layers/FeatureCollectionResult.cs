using System.Text.Json;
using Microsoft.AspNetCore.Mvc;

namespace IncidentMap.Server.Layers;

/// <summary>
/// Streams a GeoJSON FeatureCollection straight to the response with a <see cref="Utf8JsonWriter"/> as the features are
/// read, so a layer or a download of any size is never held whole. Members that depend on the page (numberReturned,
/// numberMatched, links) are written after the features.
/// </summary>
public sealed class FeatureCollectionResult<T>(IAsyncEnumerable<T> features, Action<Utf8JsonWriter, T> writeFeature) : IActionResult
{
    /// <summary>Hand full buffers to the socket as we go.</summary>
    internal const int FlushBytes = 32 * 1024;

    /// <summary>Members written after the features, given how many were written and the last one.</summary>
    public Func<Utf8JsonWriter, int, T?, CancellationToken, Task>? WriteMembers { get; init; }

    /// <summary>When set, the collection is sent as an attachment under this file name.</summary>
    public string? DownloadName { get; init; }

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.ContentType = "application/geo+json; charset=utf-8";
        if (DownloadName is not null) response.Headers.ContentDisposition = $"attachment; filename=\"{DownloadName}\"";
        var ct = context.HttpContext.RequestAborted;
        await using var w = new Utf8JsonWriter(response.BodyWriter);
        w.WriteStartObject();
        w.WriteString("type", "FeatureCollection");
        w.WriteStartArray("features");
        var count = 0;
        T? last = default;
        var flushed = 0L;
        await foreach (var feature in features.WithCancellation(ct))
        {
            writeFeature(w, feature);
            (count, last) = (count + 1, feature);
            // Counted from what the writer has produced, not what it holds: it hands the pipe each buffer segment
            // as it fills, and bytes handed over but not flushed wait in memory for the end of the response.
            if (w.BytesCommitted + w.BytesPending - flushed > FlushBytes)
            {
                w.Flush();
                await response.BodyWriter.FlushAsync(ct);
                flushed = w.BytesCommitted;
            }
        }
        w.WriteEndArray();
        if (WriteMembers is not null) await WriteMembers(w, count, last, ct);
        w.WriteEndObject();
        w.Flush();
        await response.BodyWriter.FlushAsync(ct);
    }
}
