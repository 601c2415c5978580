namespace IncidentMap.Geoparsing.Parsing;

/// <summary>
/// Folded forms of the words seen so far, shared by all parses, so a common word's token allocates nothing. A fixed
/// table indexed by the word's hash, one word per slot, a newer word replacing an older one in its slot: a lookup is
/// one probe into a table small enough to stay in cache, and hostile input can cost allocations, never time or
/// memory. Thread-safe without locks: a slot holds an immutable string, written and read whole.
/// </summary>
internal static class FoldedWords
{
    /// <summary>Longer words are not cached.</summary>
    public const int MaxLength = 32;

    private const int _slots = 1 << 16;

    private static readonly string?[] _table = new string?[_slots];

    /// <summary>The string for a folded word, from the table when it holds it.</summary>
    public static string Get(ReadOnlySpan<char> folded)
    {
        // FNV-1a over the characters.
        var hash = 2166136261u;
        foreach (var c in folded) hash = (hash ^ c) * 16777619u;
        ref var slot = ref _table[hash & (_slots - 1)];
        var cached = slot;
        if (cached is not null && folded.SequenceEqual(cached)) return cached;
        var word = folded.ToString();
        slot = word;
        return word;
    }
}
