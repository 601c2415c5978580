namespace IncidentMap.Geoparsing.Places;

/// <summary>Collects the distinct, trimmed, non-empty names of one place, in the order first seen.</summary>
internal sealed class NameList
{
    private readonly List<string> _names = [];
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    public NameList Add(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return this;
        var trimmed = CollapseSpaces(name);
        if (_seen.Add(trimmed)) _names.Add(trimmed);
        return this;
    }

    public NameList AddRange(IEnumerable<string?> names)
    {
        foreach (var n in names) Add(n);
        return this;
    }

    public string[] ToArray() => [.. _names];

    /// <summary>"White  Sea " → "White Sea".</summary>
    public static string CollapseSpaces(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
