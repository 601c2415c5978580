using System.Text.Json;
using System.Text.Json.Serialization;
using IncidentMap.Server.Storage;

namespace IncidentMap.Server.Layers;

/// <summary>Incidents that serialize as a GeoJSON FeatureCollection with the same features as the incidents layer.</summary>
[JsonConverter(typeof(IncidentCollectionConverter))]
public sealed record IncidentCollection(IReadOnlyList<StoredIncident> Features);

/// <summary>Writes <see cref="IncidentCollection"/> through <see cref="IncidentFeature"/>; it is never read back.</summary>
public sealed class IncidentCollectionConverter : JsonConverter<IncidentCollection>
{
    public override IncidentCollection Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Incident collections are written only.");

    public override void Write(Utf8JsonWriter writer, IncidentCollection value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "FeatureCollection");
        writer.WriteStartArray("features");
        foreach (var incident in value.Features) IncidentFeature.Write(writer, incident);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
