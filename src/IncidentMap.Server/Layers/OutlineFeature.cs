using System.Text.Json;

namespace IncidentMap.Server.Layers;

/// <summary>The one writer of the outline layers (areas and borders): a Feature with a string id, its geometry
/// simplified on request and rounded, and its properties.</summary>
public static class OutlineFeature
{
    public static void Write(Utf8JsonWriter w, string id, NetTopologySuite.Geometries.Geometry geometry, double? simplify, bool asMulti,
        Action<Utf8JsonWriter> properties, Action<Utf8JsonWriter>? members)
    {
        w.WriteStartObject();
        w.WriteString("type", "Feature");
        w.WriteString("id", id);
        w.WritePropertyName("geometry");
        GeoJsonGeometry.Write(w, Basemap.SimplifiedOutlines.For(id, geometry, simplify), asMulti);
        w.WritePropertyName("properties");
        w.WriteStartObject();
        w.WriteString("id", id);
        properties(w);
        w.WriteEndObject();
        members?.Invoke(w);
        w.WriteEndObject();
    }
}
