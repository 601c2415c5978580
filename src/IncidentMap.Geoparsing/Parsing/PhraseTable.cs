using System.Collections.Frozen;

namespace IncidentMap.Geoparsing.Parsing;

/// <summary>Words and phrases of folded tokens with a value each, matched longest first at a token.</summary>
internal sealed class PhraseTable<T>
{
    private readonly FrozenDictionary<string, (string[] Words, T Value)[]> _byFirstWord;

    public PhraseTable(IEnumerable<(string[] Words, T Value)> entries, Func<T, T, T> combine)
    {
        var merged = new Dictionary<string, (string[] Words, T Value)>(StringComparer.Ordinal);
        foreach (var (words, value) in entries)
        {
            var key = string.Join(' ', words);
            merged[key] = merged.TryGetValue(key, out var known) ? (words, combine(known.Value, value)) : (words, value);
        }
        _byFirstWord = merged.Values
            .GroupBy(e => e.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(e => e.Words.Length).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The longest entry starting at token <paramref name="k"/> and ending before <paramref name="end"/>.</summary>
    public bool Match(Article article, int k, int end, out T value, out int length)
    {
        if (_byFirstWord.TryGetValue(article[k].Folded, out var entries))
        {
            foreach (var (words, entryValue) in entries)
            {
                if (k + words.Length > end) continue;
                var match = true;
                for (var i = 1; i < words.Length && match; i++) match = article[k + i].Folded == words[i];
                if (!match) continue;
                value = entryValue;
                length = words.Length;
                return true;
            }
        }
        value = default!;
        length = 0;
        return false;
    }

    /// <summary>Whether some entry starts at token <paramref name="k"/>.</summary>
    public bool StartsAt(Article article, int k, int end) => Match(article, k, end, out _, out _);
}
