using System.Text.Json;

namespace IncidentMap.Geoparsing.Sources;

/// <summary>One country of mledoze/countries (world-countries/countries.json).</summary>
internal sealed record WorldCountry
{
    public required string Alpha3 { get; init; }
    public required string Alpha2 { get; init; }
    public required string CommonName { get; init; }
    public required IReadOnlyList<string> Names { get; init; }
    public required IReadOnlyList<string> ShortForms { get; init; }
    public required IReadOnlyList<string> Demonyms { get; init; }
    public required IReadOnlyList<string> Borders { get; init; }
    public required double Lat { get; init; }
    public required double Lon { get; init; }
    public required bool Independent { get; init; }

    public const string File = "world-countries/countries.json";

    public static List<WorldCountry> Read(GeodataDirectory geodata)
    {
        using var doc = JsonDocument.Parse(geodata.ReadVerified(File));
        var result = new List<WorldCountry>();
        foreach (var c in doc.RootElement.EnumerateArray())
        {
            var name = c.GetProperty("name");
            var names = new List<string> { name.GetProperty("common").GetString()!, name.GetProperty("official").GetString()! };
            if (name.TryGetProperty("native", out var native))
            {
                foreach (var n in native.EnumerateObject()) names.AddRange(CommonAndOfficial(n.Value));
            }
            if (c.TryGetProperty("translations", out var translations))
            {
                foreach (var t in translations.EnumerateObject()) names.AddRange(CommonAndOfficial(t.Value));
            }
            var shortForms = new List<string>();
            foreach (var alt in Strings(c, "altSpellings"))
            {
                // "PL", "USA", "UAE": codes and initialisms are short forms, not names ("US" would match the pronoun).
                if (alt.Length <= 4 && alt.All(ch => char.IsUpper(ch) || ch == '.')) shortForms.Add(alt);
                else names.Add(alt);
            }
            var demonyms = new List<string>();
            if (c.TryGetProperty("demonyms", out var dem) && dem.TryGetProperty("eng", out var eng))
            {
                foreach (var d in eng.EnumerateObject()) if (d.Value.GetString() is { Length: > 0 } s) demonyms.Add(s);
            }
            var latlng = c.GetProperty("latlng");
            result.Add(new WorldCountry
            {
                Alpha3 = c.GetProperty("cca3").GetString()!,
                Alpha2 = c.GetProperty("cca2").GetString()!,
                CommonName = name.GetProperty("common").GetString()!,
                Names = [.. names.Distinct()],
                ShortForms = [.. shortForms.Distinct()],
                Demonyms = [.. demonyms.Distinct()],
                Borders = [.. Strings(c, "borders")],
                Lat = latlng[0].GetDouble(),
                Lon = latlng[1].GetDouble(),
                Independent = c.TryGetProperty("independent", out var ind) && ind.ValueKind == JsonValueKind.True,
            });
        }
        return result;
    }

    private static IEnumerable<string> CommonAndOfficial(JsonElement e) =>
        new[] { "common", "official" }.Select(k => e.TryGetProperty(k, out var v) ? v.GetString() : null).OfType<string>();

    private static IEnumerable<string> Strings(JsonElement e, string property) =>
        e.TryGetProperty(property, out var a) && a.ValueKind == JsonValueKind.Array
            ? a.EnumerateArray().Select(x => x.GetString()).OfType<string>()
            : [];
}
