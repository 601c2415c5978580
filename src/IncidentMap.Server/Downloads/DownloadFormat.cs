using IncidentMap.Server.Errors;

namespace IncidentMap.Server.Downloads;

/// <summary>The formats the incidents layer and the OGC items are offered in (<c>f=</c>).</summary>
public sealed record DownloadFormat(string Name, string MediaType, string Extension, string Title)
{
    public static readonly DownloadFormat GeoJson = new("json", "application/geo+json", "geojson", "GeoJSON");
    public static readonly DownloadFormat GeoJsonSeq = new("geojsonseq", "application/geo+json-seq", "geojsons", "GeoJSON text sequence (RFC 8142)");
    public static readonly DownloadFormat Csv = new("csv", "text/csv", "csv", "CSV with WKT and lat/lon columns");
    public static readonly DownloadFormat GeoPackage = new("gpkg", "application/geopackage+sqlite3", "gpkg", "GeoPackage");

    public static IReadOnlyList<DownloadFormat> All { get; } = [GeoJson, GeoJsonSeq, Csv, GeoPackage];

    /// <summary>The format named by <c>f</c> (<c>json</c> and <c>geojson</c> are GeoJSON), GeoJSON when absent.</summary>
    public static DownloadFormat Parse(string? value, string name = "f") => value?.ToLowerInvariant() switch
    {
        null or "json" or "geojson" => GeoJson,
        "geojsonseq" or "geojson-seq" => GeoJsonSeq,
        "csv" => Csv,
        "gpkg" or "geopackage" => GeoPackage,
        _ => throw new InvalidParameterException(name, $"'{name}' value '{value}' is not offered; use json, geojsonseq, csv or gpkg."),
    };
}
