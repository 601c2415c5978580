using System.Collections.Frozen;

namespace IncidentMap.Geoparsing.Language;

/// <summary>
/// The parser's language resources: plain text files under <c>Language/{language}/</c>, embedded in the assembly and
/// read once. Lines starting with <c>#</c> are comments. A word list holds folded words separated by white space; a
/// phrase list holds one folded phrase per line.
/// </summary>
internal static class LanguageData
{
    /// <summary>The words of a word list, folded (lower case, no diacritics).</summary>
    public static FrozenSet<string> Words(string language, string name) =>
        Lines(language, name)
            .SelectMany(line => line.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
            .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The phrases of a phrase list, one per line.</summary>
    public static FrozenSet<string> Phrases(string language, string name) =>
        Lines(language, name).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The non-comment, non-blank lines of a resource file, trimmed.</summary>
    public static IEnumerable<string> Lines(string language, string name)
    {
        var resource = $"IncidentMap.Geoparsing.Language.{language}.{name}.txt";
        using var stream = typeof(LanguageData).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Language resource '{resource}' is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && trimmed[0] != '#') lines.Add(trimmed);
        }
        return lines;
    }
}
