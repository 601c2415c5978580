using System.Text.Json;
using IncidentMap.Server.Storage;

namespace IncidentMap.Server.Layers;

/// <summary>Writes a stored incident as a GeoJSON Feature: its point, and flat properties a GIS attribute table
/// can show, plus the places with their mention offsets so a popup can highlight the mention.</summary>
public static class IncidentFeature
{
    public static void Write(Utf8JsonWriter w, StoredIncident incident, JsonSerializerOptions options, double? distanceKm = null, Action<Utf8JsonWriter>? members = null)
    {
        w.WriteStartObject();
        w.WriteString("type", "Feature");
        w.WriteNumber("id", incident.Id);
        w.WritePropertyName("geometry");
        if (incident.Location is null) w.WriteNullValue();
        else JsonSerializer.Serialize(w, incident.Location, options);
        w.WritePropertyName("properties");
        w.WriteStartObject();
        w.WriteNumber("id", incident.Id);
        w.WriteString("type", incident.Type);
        w.WriteString("subtype", incident.Subtype);
        if (incident.Date is { } date) w.WriteString("date", date.ToString("yyyy-MM-dd"));
        else w.WriteNull("date");
        w.WriteString("date_precision", incident.DatePrecision.ToString().ToLowerInvariant());
        if (incident.GeoPrecision is { } gp) w.WriteNumber("geo_precision", gp);
        else w.WriteNull("geo_precision");
        if (distanceKm is { } d) w.WriteNumber("distance_km", Math.Round(d, 3));
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
        if (incident.EventId is { } eventId) w.WriteNumber("event_id", eventId);
        else w.WriteNull("event_id");
        w.WriteNumber("article_id", incident.Article.Id);
        w.WriteString("article_title", incident.Article.Title);
        w.WriteString("article_source", incident.Article.Source);
        w.WriteString("article_url", incident.Article.Url);
        if (incident.Article.Published is { } published) w.WriteString("article_published", published.ToString("yyyy-MM-dd'T'HH:mm:ssK"));
        else w.WriteNull("article_published");
        w.WriteEndObject();
        members?.Invoke(w);
        w.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
