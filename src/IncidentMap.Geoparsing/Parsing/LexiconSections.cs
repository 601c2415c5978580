using System.Collections.Frozen;
using IncidentMap.Geoparsing.Language;

namespace IncidentMap.Geoparsing.Parsing;

/// <summary>
/// A language resource of named word classes, one class per line as <c>name: word word ...</c> (several lines may fill
/// one class, in order). Words are folded; a word joined by <c>_</c> is a phrase of consecutive tokens ("air_raid").
/// </summary>
internal sealed class LexiconSections
{
    private readonly Dictionary<string, List<string>> _classes;

    private LexiconSections(Dictionary<string, List<string>> classes) => _classes = classes;

    public static LexiconSections Read(string language, string name)
    {
        var classes = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var line in LanguageData.Lines(language, name))
        {
            var colon = line.IndexOf(':');
            if (colon <= 0) throw new InvalidOperationException($"Language resource '{language}/{name}': '{line}' has no 'class:' prefix.");
            var key = line[..colon].Trim();
            if (!classes.TryGetValue(key, out var words)) classes[key] = words = [];
            words.AddRange(line[(colon + 1)..].Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
        }
        return new LexiconSections(classes);
    }

    /// <summary>The class names, in no particular order.</summary>
    public IEnumerable<string> Names => _classes.Keys;

    /// <summary>The words of a class in file order; a missing class is an error in the resource.</summary>
    public IReadOnlyList<string> Ordered(string name) =>
        _classes.TryGetValue(name, out var words) ? words : throw new InvalidOperationException($"Lexicon class '{name}' is missing.");

    /// <summary>The single words of a class (phrases left out).</summary>
    public FrozenSet<string> Words(string name) => Ordered(name).Where(w => !w.Contains('_')).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The phrases of a class as token sequences, single words included.</summary>
    public IEnumerable<string[]> Phrases(string name) => Ordered(name).Select(w => w.Split('_'));
}
