using System.Text.Json;
using System.Text.Json.Serialization;

namespace IncidentMap.Server.Ogc;

/// <summary>An OGC API link.</summary>
public sealed record OgcLink(string Href, string Rel, string Type, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Title = null)
{
    public void Write(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString("href", Href);
        w.WriteString("rel", Rel);
        w.WriteString("type", Type);
        if (Title is not null) w.WriteString("title", Title);
        w.WriteEndObject();
    }
}
