namespace IncidentMap.Server.Storage;

/// <summary>Picks the stored article a text is a near-duplicate of, the same way in both stores.</summary>
internal static class NearDuplicates
{
    /// <summary>The most similar candidate at or above the threshold (the oldest on a tie), or null.</summary>
    public static long? Best(uint[] signature, IEnumerable<(long ArticleId, uint[] Signature)> candidates)
    {
        long? best = null;
        var bestSimilarity = TextFingerprint.Threshold;
        foreach (var (id, other) in candidates.OrderBy(c => c.ArticleId))
        {
            var similarity = TextFingerprint.Similarity(signature, other);
            if (similarity > bestSimilarity || (similarity == bestSimilarity && best is null))
            {
                best = id;
                bestSimilarity = similarity;
            }
        }
        return best;
    }
}
