using System.Text.Json;
using IncidentMap.Server.Storage;

namespace IncidentMap.Server.Events;

/// <summary>Writes an event as a GeoJSON Feature: its point, what it is and when, how many published copies reported
/// it (<c>reports</c>) with each of them (<c>sources</c>), and its incidents.</summary>
public static class EventFeature
{
    public static void Write(Utf8JsonWriter w, StoredEvent e, double? distanceKm = null, Action<Utf8JsonWriter>? members = null)
    {
        w.WriteStartObject();
        w.WriteString("type", "Feature");
        w.WriteNumber("id", e.Id);
        w.WritePropertyName("geometry");
        if (e.Location is null) w.WriteNullValue();
        else Layers.GeoJsonGeometry.Write(w, e.Location);
        w.WritePropertyName("properties");
        w.WriteStartObject();
        w.WriteNumber("id", e.Id);
        w.WriteString("type", e.Type);
        w.WriteString("subtype", e.Subtype);
        WriteDate(w, "date", e.Date);
        w.WriteString("date_precision", e.DatePrecision.ToString().ToLowerInvariant());
        if (e.GeoPrecision is { } gp) w.WriteNumber("geo_precision", gp);
        else w.WriteNull("geo_precision");
        if (distanceKm is { } d) w.WriteNumber("distance_km", Math.Round(d, 3));
        w.WriteString("place_name", e.PlaceName);
        w.WriteStartArray("countries");
        foreach (var c in e.Countries) w.WriteStringValue(c);
        w.WriteEndArray();
        w.WriteNumber("reports", e.Reports);
        w.WriteNumber("incident_count", e.Incidents.Count);
        w.WriteStartArray("sources");
        foreach (var s in e.Sources)
        {
            w.WriteStartObject();
            w.WriteString("outlet", s.Outlet);
            w.WriteString("url", s.Url);
            w.WriteString("title", s.Title);
            WriteTime(w, "published", s.Published);
            w.WriteNumber("article_id", s.ArticleId);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("incidents");
        foreach (var i in e.Incidents)
        {
            w.WriteStartObject();
            w.WriteNumber("id", i.Id);
            w.WriteString("subtype", i.Subtype);
            WriteDate(w, "date", i.Date);
            w.WriteString("date_precision", i.DatePrecision.ToString().ToLowerInvariant());
            if (i.GeoPrecision is { } g) w.WriteNumber("geo_precision", g);
            else w.WriteNull("geo_precision");
            w.WriteString("summary", i.Summary);
            w.WriteString("place_name", i.PlaceName);
            w.WriteNumber("article_id", i.ArticleId);
            w.WriteString("article_title", i.ArticleTitle);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        WriteTime(w, "first_seen", e.FirstSeen);
        WriteTime(w, "updated_at", e.UpdatedAt);
        w.WriteEndObject();
        members?.Invoke(w);
        w.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter w, string name, DateOnly? date)
    {
        if (date is { } d) w.WriteString(name, d.ToString("yyyy-MM-dd"));
        else w.WriteNull(name);
    }

    private static void WriteTime(Utf8JsonWriter w, string name, DateTimeOffset? time)
    {
        if (time is { } t) w.WriteString(name, t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'"));
        else w.WriteNull(name);
    }
}
