using System.Globalization;
using System.Text.Json;
using IncidentMap.Server.Storage;

namespace IncidentMap.Server.Downloads;

/// <summary>An incident as a row of flat columns for CSV and GeoPackage: the GeoJSON properties with lists joined by
/// "; " and the places kept as their JSON text.</summary>
internal static class IncidentColumns
{
    /// <summary>The columns after id, in order.</summary>
    public static readonly string[] Names =
    [
        "article_id", "type", "subtype", "date", "date_precision", "geo_precision", "summary", "summary_start", "summary_end",
        "place_name", "place_code", "place_kind", "place_names", "countries", "actors", "places", "article_title",
        "article_source", "article_url", "article_published",
    ];

    /// <summary>The integer columns (the rest are text).</summary>
    public static readonly HashSet<string> Integers = ["article_id", "geo_precision", "summary_start", "summary_end"];

    public static string?[] Values(RenderedIncident incident)
    {
        using var document = JsonDocument.Parse(incident.Body);
        var properties = document.RootElement;
        var values = new string?[Names.Length];
        values[0] = incident.ArticleId.ToString(CultureInfo.InvariantCulture);
        for (var i = 1; i < Names.Length; i++)
            values[i] = properties.TryGetProperty(Names[i], out var value) ? Text(Names[i], value) : null;
        return values;
    }

    private static string? Text(string name, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Array when name == "places" => value.GetRawText(),
        JsonValueKind.Array => string.Join("; ", value.EnumerateArray().Select(v => v.ToString())),
        _ => value.GetRawText(),
    };
}
