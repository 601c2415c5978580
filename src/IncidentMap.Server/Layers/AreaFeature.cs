using System.Text.Json;
using IncidentMap.Server.Storage;

namespace IncidentMap.Server.Layers;

/// <summary>Writes an area (region, sea, airspace or country polygon) as a GeoJSON Feature with its incident count.</summary>
public static class AreaFeature
{
    public static void Write(Utf8JsonWriter w, Area area, JsonSerializerOptions options, Action<Utf8JsonWriter>? members = null, double? simplify = null)
    {
        w.WriteStartObject();
        w.WriteString("type", "Feature");
        w.WriteString("id", area.Id);
        w.WritePropertyName("geometry");
        JsonSerializer.Serialize(w, Outline.Simplified(area.Geometry, simplify), options);
        w.WritePropertyName("properties");
        w.WriteStartObject();
        w.WriteString("id", area.Id);
        w.WriteString("kind", area.Kind.ToString().ToLowerInvariant());
        w.WriteString("name", area.Name);
        w.WriteString("code", area.Code);
        w.WriteString("country", area.CountryCode);
        w.WriteNumber("incident_count", area.IncidentCount);
        w.WriteEndObject();
        members?.Invoke(w);
        w.WriteEndObject();
    }
}
