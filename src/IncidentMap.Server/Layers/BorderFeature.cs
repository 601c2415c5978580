using System.Text.Json;
using IncidentMap.Server.Storage;

namespace IncidentMap.Server.Layers;

/// <summary>Writes a land border line as a GeoJSON Feature with both countries' codes and names.</summary>
public static class BorderFeature
{
    public static void Write(Utf8JsonWriter w, BorderLine border, Action<Utf8JsonWriter>? members = null, double? simplify = null) =>
        OutlineFeature.Write(w, border.Id, border.Geometry, simplify, asMulti: false, p =>
        {
            p.WriteString("country_a", border.CountryA);
            p.WriteString("name_a", border.NameA);
            p.WriteString("country_b", border.CountryB);
            p.WriteString("name_b", border.NameB);
            p.WriteNumber("length_km", Math.Round(border.LengthKm, 1));
        }, members);
}
