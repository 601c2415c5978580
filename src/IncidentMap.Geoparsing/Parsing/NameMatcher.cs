using IncidentMap.Geoparsing.Places;

namespace IncidentMap.Geoparsing.Parsing;

/// <summary>
/// Finds the longest run of tokens starting at a capitalised word whose folded form is a gazetteer name.
/// The key is built in a reused buffer and looked up as a span, so matching allocates nothing.
/// </summary>
internal sealed class NameMatcher(Gazetteer gazetteer)
{
    internal const int MaxWords = 7;

    private readonly int _maxWords = Math.Min(MaxWords, Math.Max(1, gazetteer.MaxNameWords));
    private char[] _buffer = new char[128];

    /// <summary>The longest name at <paramref name="first"/>: its end token (exclusive) and candidates; end is
    /// <paramref name="first"/> when nothing matches. Not thread-safe: one matcher per parse.</summary>
    public (int End, IReadOnlyList<Place> Candidates) Longest(Article article, int first)
    {
        var tokens = article.Tokens;
        var start = tokens[first];
        if (!start.IsWord || !start.Capitalized || article.IsPerson[first] || article.Consumed[first]) return (first, []);
        var bestEnd = first;
        IReadOnlyList<Place> best = [];
        var length = 0;
        var last = Math.Min(tokens.Count, first + _maxWords);
        for (var j = first; j < last; j++)
        {
            var token = tokens[j];
            if (j > first)
            {
                var previous = tokens[j - 1];
                if (!previous.JoinsNext || !token.IsWord || article.Consumed[j]) break;
                // "People's Republic of China": the possessive belongs to the name when the name runs on.
                if (previous.Possessive && !AppendChar('s', ref length)) break;
            }
            if (!Append(token.Folded, ref length, j > first)) break;
            var lowerInside = !token.Capitalized && !char.IsDigit(token.Folded.Length > 0 ? token.Folded[0] : 'a');
            if (lowerInside && !WordLists.NameConnectors.Contains(token.Folded) && !WordLists.NameTrailingNouns.Contains(token.Folded)) break;
            if (lowerInside && !WordLists.NameTrailingNouns.Contains(token.Folded)) continue;
            article.CountWork();
            var found = gazetteer.LookupFolded(_buffer.AsSpan(0, length));
            if (found.Count > 0)
            {
                bestEnd = j + 1;
                best = found;
            }
        }
        return (bestEnd, best);
    }

    /// <summary>Candidates for an arbitrary folded key (for phrase rules that rebuild a name, "Baltic sea").</summary>
    public IReadOnlyList<Place> Lookup(string folded) => gazetteer.LookupFolded(folded);

    private bool AppendChar(char c, ref int length)
    {
        if (length + 1 > _buffer.Length) return false;
        _buffer[length++] = c;
        return true;
    }

    private bool Append(string folded, ref int length, bool space)
    {
        var needed = length + folded.Length + 1;
        if (needed > 512) return false;
        if (needed > _buffer.Length) Array.Resize(ref _buffer, Math.Max(needed, _buffer.Length * 2));
        if (space) _buffer[length++] = ' ';
        folded.CopyTo(0, _buffer, length, folded.Length);
        length += folded.Length;
        return true;
    }
}
