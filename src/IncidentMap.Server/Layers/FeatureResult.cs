using System.Text.Json;
using Microsoft.AspNetCore.Mvc;

namespace IncidentMap.Server.Layers;

/// <summary>A single GeoJSON Feature (or any GeoJSON object) written by the given writer as application/geo+json.</summary>
public sealed class FeatureResult(Action<Utf8JsonWriter> write) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.ContentType = "application/geo+json; charset=utf-8";
        await using var w = new Utf8JsonWriter(response.BodyWriter);
        write(w);
        w.Flush();
        await response.BodyWriter.FlushAsync(context.HttpContext.RequestAborted);
    }
}
