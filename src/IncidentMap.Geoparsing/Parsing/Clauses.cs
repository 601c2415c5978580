namespace IncidentMap.Geoparsing.Parsing;

/// <summary>Splits the tokens into sentences and sentences into clauses ("..., while Lithuania and Latvia announced").</summary>
internal static class Clauses
{
    /// <summary>Token ranges [First, End) of each sentence, in order.</summary>
    public static List<(int First, int End)> Sentences(Article article)
    {
        var sentences = new List<(int, int)>();
        var first = 0;
        for (var k = 1; k <= article.Count; k++)
        {
            if (k == article.Count || article[k].Sentence != article[first].Sentence)
            {
                sentences.Add((first, k));
                first = k;
            }
        }
        return sentences;
    }

    /// <summary>Token ranges of the clauses of one sentence: breaks at semicolons and before a subordinating word.</summary>
    public static List<(int First, int End)> Of(Article article, int first, int end)
    {
        var clauses = new List<(int, int)>(2);
        var start = first;
        for (var k = first + 1; k < end; k++)
        {
            var word = article[k].Folded;
            var afterComma = article[k - 1].Folded == ",";
            var breaks = word == ";"
                         || word is "while" or "whereas" or "after" or "although" or "though" or "before"
                         || afterComma && (word is "which" or "but" or "when" or "as" or "who" || OfWhich(article, k, end) || AndThen(article, k, end))
                         // ", sparking protests": a consequence is its own happening.
                         || afterComma && word is "sparking" or "prompting" or "triggering" or "provoking";
            if (!breaks || k - start < 3) continue;
            clauses.Add((start, k));
            start = k;
        }
        clauses.Add((start, end));
        return clauses;
    }

    /// <summary>", and Israel responded with strikes": "and" after a comma before a new subject and its past verb.</summary>
    private static bool AndThen(Article article, int k, int end)
    {
        if (article[k].Folded != "and") return false;
        for (var i = k + 2; i < end && i <= k + 4; i++)
        {
            var word = article[i].Folded;
            if (word.Length >= 5 && word.EndsWith("ed", StringComparison.Ordinal) || EventLexicon.Past.Contains(word)) return true;
            if (!article[i].IsWord) return false;
        }
        return false;
    }

    /// <summary>", three of which were downed", ", most of whom": a new clause about part of what came before.</summary>
    private static bool OfWhich(Article article, int k, int end)
    {
        for (var i = k; i < end && i <= k + 2; i++)
        {
            if (article[i].Folded == "of") return i + 1 < end && article[i + 1].Folded is "which" or "whom" or "them";
        }
        return false;
    }
}
