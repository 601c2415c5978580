namespace IncidentMap.Bench.Resolver;

/// <summary>The scorer's default matching (score.py): a predicted toponym matches a gold one when their surface
/// strings are equal, case aside, and their span midpoints lie under 10 characters apart; each prediction matches
/// once, gold toponyms taking the first unused prediction in order.</summary>
internal static class ToponymMatching
{
    /// <summary>For each gold toponym, the index of the prediction it matches, or -1.</summary>
    public static int[] Match(GoldDocument document, IReadOnlyList<(int Start, int End)> predicted)
    {
        var used = new bool[predicted.Count];
        var matches = new int[document.Toponyms.Length];
        for (var g = 0; g < document.Toponyms.Length; g++)
        {
            var gold = document.Toponyms[g];
            var middle = (gold.Start + gold.End) / 2.0;
            matches[g] = -1;
            for (var p = 0; p < predicted.Count; p++)
            {
                var (start, end) = predicted[p];
                if (used[p] || Math.Abs((start + end) / 2.0 - middle) >= 10) continue;
                if (!string.Equals(document.Text[start..end], gold.Name, StringComparison.OrdinalIgnoreCase)) continue;
                used[p] = true;
                matches[g] = p;
                break;
            }
        }
        return matches;
    }
}
