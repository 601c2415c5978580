using System.Buffers;
using System.Globalization;
using System.Text.Json;
using IncidentMap.Server.Storage;

namespace IncidentMap.Server.Layers;

/// <summary>
/// The GeoJSON properties of an incident, rendered once: PostGIS keeps them with the incident at ingest, the embedded
/// store renders them when read. The ids are left out (not known before the insert); <see cref="IncidentFeature"/>
/// writes them in front.
/// </summary>
public static class IncidentProperties
{
    // Names and sentences as UTF-8 rather than \u escapes: a third smaller for Cyrillic or Polish text. The answer is
    // JSON, never HTML, and the page inserts every value as text.
    private static readonly JsonWriterOptions _options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Render(StoredIncident incident)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var w = new Utf8JsonWriter(buffer, _options)) Write(w, incident);
        return buffer.WrittenSpan.ToArray();
    }

    private static void Write(Utf8JsonWriter w, StoredIncident incident)
    {
        w.WriteStartObject();
        w.WriteString("type", incident.Type);
        w.WriteString("subtype", incident.Subtype);
        if (incident.Date is { } date) w.WriteString("date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        else w.WriteNull("date");
        w.WriteString("date_precision", incident.DatePrecision.ToString().ToLowerInvariant());
        if (incident.GeoPrecision is { } gp) w.WriteNumber("geo_precision", gp);
        else w.WriteNull("geo_precision");
        w.WriteString("summary", incident.Summary);
        w.WriteNumber("summary_start", incident.SummarySpan.Start);
        w.WriteNumber("summary_end", incident.SummarySpan.End);
        var first = incident.Places.Count > 0 ? incident.Places[0] : null;
        w.WriteString("place_name", first?.Name);
        w.WriteString("place_code", first?.Code);
        w.WriteString("place_kind", first?.Kind.ToString().ToLowerInvariant());
        WriteStrings(w, "place_names", incident.Places.Select(p => p.Name));
        WriteStrings(w, "countries", incident.Countries);
        WriteStrings(w, "actors", incident.Actors);
        w.WriteStartArray("places");
        foreach (var p in incident.Places)
        {
            w.WriteStartObject();
            w.WriteString("id", p.Id);
            w.WriteString("kind", p.Kind.ToString().ToLowerInvariant());
            w.WriteString("name", p.Name);
            w.WriteString("code", p.Code);
            w.WriteString("country", p.CountryCode);
            w.WriteString("mention", p.Mention);
            w.WriteNumber("mention_start", p.MentionStart);
            w.WriteNumber("mention_end", p.MentionEnd);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteString("article_title", incident.Article.Title);
        w.WriteString("article_source", incident.Article.Source);
        w.WriteString("article_url", incident.Article.Url);
        if (incident.Article.Published is { } published)
            w.WriteString("article_published", published.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture));
        else w.WriteNull("article_published");
        w.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
