using System.Globalization;
using CsvHelper;
using IncidentMap.Server.Layers;
using IncidentMap.Server.Storage;
using Microsoft.AspNetCore.Mvc;

namespace IncidentMap.Server.Downloads;

/// <summary>Incidents as CSV (RFC 4180, through CsvHelper): id, WKT point, longitude and latitude, then the properties
/// as flat columns; streamed as read. GDAL's CSV driver reads the geometry from the <c>wkt</c> column.</summary>
public sealed class CsvResult(IAsyncEnumerable<RenderedIncident> incidents, string? downloadName) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.ContentType = "text/csv; charset=utf-8";
        if (downloadName is not null) response.Headers.ContentDisposition = $"attachment; filename=\"{downloadName}\"";
        var ct = context.HttpContext.RequestAborted;
        await using var csv = CsvWriter.Create(response.Body, new CsvWriterOptions(), leaveOpen: true);
        foreach (var name in new[] { "id", "wkt", "lon", "lat" }.Concat(IncidentColumns.Names)) csv.WriteField(name);
        await csv.EndRecordAsync(ct);
        await foreach (var incident in incidents.WithCancellation(ct))
        {
            csv.WriteField(incident.Id.ToString(CultureInfo.InvariantCulture));
            if (incident.Lon is { } lon && incident.Lat is { } lat)
            {
                var (x, y) = (Number(lon), Number(lat));
                csv.WriteField($"POINT ({x} {y})");
                csv.WriteField(x);
                csv.WriteField(y);
            }
            else
            {
                csv.WriteField("");
                csv.WriteField("");
                csv.WriteField("");
            }
            foreach (var value in IncidentColumns.Values(incident)) csv.WriteField(value ?? "");
            await csv.EndRecordAsync(ct);
        }
        await csv.FlushAsync(ct);
    }

    private static string Number(double value) => GeoJsonGeometry.Round(value).ToString("R", CultureInfo.InvariantCulture);
}
