namespace FeedBench;

/// <summary>Pairwise precision and recall of a clustering against the truth: over all pairs of items, those put
/// together correctly (true positives), wrongly (false merges) and kept apart wrongly (missed).</summary>
public sealed record PairScore(long TruePairs, long FalseMerges, long Missed)
{
    public double Precision => TruePairs + FalseMerges == 0 ? 1 : TruePairs / (double)(TruePairs + FalseMerges);
    public double Recall => TruePairs + Missed == 0 ? 1 : TruePairs / (double)(TruePairs + Missed);

    public static PairScore Of<TTruth, TPredicted>(IReadOnlyList<(TTruth Truth, TPredicted Predicted)> items)
        where TTruth : notnull where TPredicted : notnull
    {
        static long Pairs(long n) => n * (n - 1) / 2;
        var together = items.GroupBy(i => i.Predicted).Sum(g => Pairs(g.Count()));
        var truth = items.GroupBy(i => i.Truth).Sum(g => Pairs(g.Count()));
        var both = items.GroupBy(i => (i.Truth, i.Predicted)).Sum(g => Pairs(g.Count()));
        return new PairScore(both, together - both, truth - both);
    }
}
