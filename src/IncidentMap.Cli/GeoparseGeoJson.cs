using System.Text.Json;
using IncidentMap.Geoparsing.Parsing;

namespace IncidentMap.Cli;

/// <summary>
/// One article as a GeoJSON FeatureCollection: a Point feature per place mention at the place's representative
/// point, and a feature per incident at its places (Point or MultiPoint; null geometry when unlocated).
/// </summary>
internal static class GeoparseGeoJson
{
    public static void Write(Stream output, string text, GeoparseResult result)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions
        {
            Indented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteStartArray("features");
        foreach (var mention in result.Places)
        {
            json.WriteStartObject();
            json.WriteString("type", "Feature");
            json.WriteString("id", $"place-{mention.Start}");
            json.WriteStartObject("geometry");
            json.WriteString("type", "Point");
            WritePosition(json, mention.Place.Lon, mention.Place.Lat, "coordinates");
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("feature", "place");
            GeoparseJson.WritePlaceFields(json, mention);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        for (var i = 0; i < result.Incidents.Count; i++)
        {
            var incident = result.Incidents[i];
            json.WriteStartObject();
            json.WriteString("type", "Feature");
            json.WriteString("id", $"incident-{i}");
            WriteIncidentGeometry(json, result, incident);
            json.WriteStartObject("properties");
            json.WriteString("feature", "incident");
            GeoparseJson.WriteIncidentFields(json, incident);
            json.WriteString("summary_text", text[incident.Summary.Start..incident.Summary.End]);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }

    private static void WriteIncidentGeometry(Utf8JsonWriter json, GeoparseResult result, Incident incident)
    {
        if (incident.Places.Count == 0)
        {
            json.WriteNull("geometry");
            return;
        }
        json.WriteStartObject("geometry");
        if (incident.Places.Count == 1)
        {
            var place = result.Places[incident.Places[0]].Place;
            json.WriteString("type", "Point");
            WritePosition(json, place.Lon, place.Lat, "coordinates");
        }
        else
        {
            json.WriteString("type", "MultiPoint");
            json.WriteStartArray("coordinates");
            foreach (var index in incident.Places)
            {
                var place = result.Places[index].Place;
                WritePosition(json, place.Lon, place.Lat, null);
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    private static void WritePosition(Utf8JsonWriter json, double lon, double lat, string? name)
    {
        if (name is null) json.WriteStartArray();
        else json.WriteStartArray(name);
        json.WriteNumberValue(Math.Round(lon, 5));
        json.WriteNumberValue(Math.Round(lat, 5));
        json.WriteEndArray();
    }
}
