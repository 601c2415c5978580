using System.Text.Json;
using IncidentMap.Server.Storage;

namespace IncidentMap.Server.Layers;

/// <summary>Writes a land border line as a GeoJSON Feature with both countries' codes and names.</summary>
public static class BorderFeature
{
    public static void Write(Utf8JsonWriter w, BorderLine border, JsonSerializerOptions options, Action<Utf8JsonWriter>? members = null, double? simplify = null)
    {
        w.WriteStartObject();
        w.WriteString("type", "Feature");
        w.WriteString("id", border.Id);
        w.WritePropertyName("geometry");
        JsonSerializer.Serialize(w, Outline.Simplified(border.Geometry, simplify), options);
        w.WritePropertyName("properties");
        w.WriteStartObject();
        w.WriteString("id", border.Id);
        w.WriteString("country_a", border.CountryA);
        w.WriteString("name_a", border.NameA);
        w.WriteString("country_b", border.CountryB);
        w.WriteString("name_b", border.NameB);
        w.WriteNumber("length_km", Math.Round(border.LengthKm, 1));
        w.WriteEndObject();
        members?.Invoke(w);
        w.WriteEndObject();
    }
}
