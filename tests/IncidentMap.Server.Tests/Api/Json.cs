using System.Text.Json;

namespace IncidentMap.Server.Tests.Api;

/// <summary>Reads a response body as JSON.</summary>
public static class Json
{
    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static IEnumerable<JsonElement> Features(JsonElement collection) => collection.GetProperty("features").EnumerateArray();

    public static string Subtype(JsonElement feature) => feature.GetProperty("properties").GetProperty("subtype").GetString()!;

    public static IEnumerable<string> PlaceIds(JsonElement feature) =>
        feature.GetProperty("properties").GetProperty("places").EnumerateArray().Select(p => p.GetProperty("id").GetString()!);
}
