using IncidentMap.Geoparsing.Parsing;
using IncidentMap.Geoparsing.Places;

namespace IncidentMap.Bench.Resolver;

/// <summary>
/// Learns resolver weights from gold documents: a few rounds of reading the documents with the current weights
/// (the features of a candidate depend on how the article's other names were first read), choosing the
/// regularisation by an inner cross-validation on those documents, and fitting toward <paramref name="center"/> (the
/// hand weights, or zero). The first round reads the documents with the hand weights.
/// </summary>
internal sealed class Training(Gazetteer gazetteer, ResolverWeights hand, ResolverWeights center, int rounds, double[] lambdas, int innerFolds = 4)
{
    public (ResolverWeights Weights, double Lambda, int Groups) Learn(IReadOnlyList<GoldDocument> documents)
    {
        var weights = hand;
        var (lambda, groupCount) = (0.0, 0);
        for (var round = 0; round < rounds; round++)
        {
            var groups = RankingGroup.Collect(gazetteer, weights, documents);
            lambda = ChooseLambda(groups);
            weights = new ResolverWeights(RankingModel.Fit(groups, center.ToArray(), lambda));
            groupCount = groups.Count;
        }
        return (weights, lambda, groupCount);
    }

    /// <summary>The penalty whose fits rank best on held-out documents of the training set; ties go to the
    /// stronger penalty, nearer the center.</summary>
    private double ChooseLambda(List<RankingGroup> groups)
    {
        var folds = Folds.ByDocument(groups.Select(g => g.DocumentId).Distinct().ToList(), innerFolds);
        var (best, bestRight) = (lambdas.Max(), -1.0);
        foreach (var lambda in lambdas.OrderByDescending(l => l))
        {
            var right = 0.0;
            for (var k = 0; k < innerFolds; k++)
            {
                var train = groups.Where(g => folds[g.DocumentId] != k).ToList();
                var test = groups.Where(g => folds[g.DocumentId] == k).ToList();
                right += RankingModel.TopOne(test, RankingModel.Fit(train, center.ToArray(), lambda)) * test.Count;
            }
            if (right > bestRight + 1e-9) (best, bestRight) = (lambda, right);
        }
        return best;
    }
}

/// <summary>Documents to folds: a fixed shuffle, then round robin, so each fold holds whole documents.</summary>
internal static class Folds
{
    public const int Seed = 20261130;

    public static Dictionary<string, int> ByDocument(IReadOnlyList<string> ids, int folds)
    {
        var order = ids.OrderBy(id => id, StringComparer.Ordinal).ToArray();
        new Random(Seed).Shuffle(order);
        var fold = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < order.Length; i++) fold[order[i]] = i % folds;
        return fold;
    }
}
