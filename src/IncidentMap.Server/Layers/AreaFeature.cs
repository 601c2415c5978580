using System.Text.Json;
using IncidentMap.Server.Storage;

namespace IncidentMap.Server.Layers;

/// <summary>Writes an area (region, sea, airspace or country) as a GeoJSON Feature with its incident count; always a
/// MultiPolygon, so the layer has one geometry type.</summary>
public static class AreaFeature
{
    public static void Write(Utf8JsonWriter w, Area area, Action<Utf8JsonWriter>? members = null, double? simplify = null) =>
        OutlineFeature.Write(w, area.Id, area.Geometry, simplify, asMulti: true, p =>
        {
            p.WriteString("kind", area.Kind.ToString().ToLowerInvariant());
            p.WriteString("name", area.Name);
            p.WriteString("code", area.Code);
            p.WriteString("country", area.CountryCode);
            p.WriteNumber("incident_count", area.IncidentCount);
        }, members);
}
