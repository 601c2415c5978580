using System.Text.Json;

namespace IncidentMap.Bench.Resolver;

/// <summary>A gold toponym: its span in the text, its name as written and its point.</summary>
internal sealed record GoldToponym(int Start, int End, string Name, double Lat, double Lon);

/// <summary>One gold document: id, text and toponyms.</summary>
internal sealed record GoldDocument(string Id, string Text, GoldToponym[] Toponyms)
{
    /// <summary>Reads a corpus in the scorer's format: one <c>{"id", "text", "toponyms": [{"start", "end", "name",
    /// "lat", "lon"}]}</c> per line. Toponyms without coordinates are left out, as the scorer leaves them out.</summary>
    public static List<GoldDocument> Read(string path)
    {
        var documents = new List<GoldDocument>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var toponyms = new List<GoldToponym>();
            foreach (var t in root.GetProperty("toponyms").EnumerateArray())
            {
                if (t.GetProperty("lat").ValueKind != JsonValueKind.Number || t.GetProperty("lon").ValueKind != JsonValueKind.Number) continue;
                toponyms.Add(new GoldToponym(t.GetProperty("start").GetInt32(), t.GetProperty("end").GetInt32(), t.GetProperty("name").GetString()!,
                    t.GetProperty("lat").GetDouble(), t.GetProperty("lon").GetDouble()));
            }
            documents.Add(new GoldDocument(root.GetProperty("id").GetString()!, root.GetProperty("text").GetString()!, [.. toponyms]));
        }
        return documents;
    }
}
