using System.Text.Json.Serialization;

namespace IncidentMap.Cli;

/// <summary>One candidate of <c>gazetteer lookup</c>, as a JSON line.</summary>
internal sealed record LookupLine(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("code")] string? Code,
    [property: JsonPropertyName("lat")] double Lat,
    [property: JsonPropertyName("lon")] double Lon,
    [property: JsonPropertyName("population")] long Population,
    [property: JsonPropertyName("country")] string? Country,
    [property: JsonPropertyName("geonameid")] long? GeonameId);
