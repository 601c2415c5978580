using System.Globalization;
using IncidentMap.Geoparsing.Parsing;
using IncidentMap.Geoparsing.Places;

namespace IncidentMap.Bench.Resolver;

/// <summary>
/// k-fold cross-validation by document: for each fold, weights learned on the other folds read the fold's documents
/// with the whole geoparser, and the held-out predictions of all folds are scored together against the hand weights
/// on the same documents. Then the weights are learned once more on every document: those are what would ship.
/// </summary>
internal static class CrossValidation
{
    public static int Run(string corpus, int folds, int rounds, string prior, string? outputDirectory, string? weightsPath)
    {
        var gazetteer = GazetteerStore.Load();
        var documents = GoldDocument.Read(corpus);
        var hand = ResolverWeights.Hand;
        double[] lambdas = [1, 3, 10, 30, 100, 300];
        // The penalty pulls toward the hand weights, or toward zero to see what the corpus alone teaches.
        var center = prior == "zero" ? new ResolverWeights(new double[ResolverWeights.Count]) : hand;
        var training = new Training(gazetteer, hand, center, rounds, lambdas);
        var foldOf = Folds.ByDocument(documents.Select(d => d.Id).ToList(), folds);

        var learned = new Evaluation();
        var handEvaluation = new Evaluation();
        for (var k = 0; k < folds; k++)
        {
            var train = documents.Where(d => foldOf[d.Id] != k).ToList();
            var test = documents.Where(d => foldOf[d.Id] == k).ToList();
            var (weights, lambda, groups) = training.Learn(train);
            var (foldLearned, foldHand) = (new Evaluation(), new Evaluation());
            foldLearned.Add(new Geoparser(gazetteer, weights), test);
            foldHand.Add(new Geoparser(gazetteer, hand), test);
            learned.Add(new Geoparser(gazetteer, weights), test);
            handEvaluation.Add(new Geoparser(gazetteer, hand), test);
            Console.WriteLine($"fold {k + 1}/{folds}: {train.Count} training documents, {groups} groups, lambda {lambda}; "
                              + $"held out {test.Count} documents: acc@161 learned {foldLearned.Acc161:0.0000}, hand {foldHand.Acc161:0.0000}");
        }
        Console.WriteLine($"cross-validated ({folds} folds by document, {rounds} round(s)): "
                          + $"learned acc@161 {learned.Acc161:0.0000} F1 {learned.F1:0.0000}; "
                          + $"hand acc@161 {handEvaluation.Acc161:0.0000} F1 {handEvaluation.F1:0.0000} "
                          + $"({learned.TruePositives} matched toponyms)");

        var (final, finalLambda, finalGroups) = training.Learn(documents);
        var handGroups = RankingGroup.Collect(gazetteer, hand, documents);
        Console.WriteLine($"weights learned on all {documents.Count} documents ({finalGroups} groups, lambda {finalLambda}); "
                          + $"right candidate ranked first in {RankingModel.TopOne(handGroups, hand.ToArray()):0.0000} of the {handGroups.Count} "
                          + $"groups read with the hand weights, {RankingModel.TopOne(handGroups, final.ToArray()):0.0000} with these:");
        var (h, f) = (hand.ToArray(), final.ToArray());
        foreach (var feature in Enum.GetValues<ResolverFeature>())
        {
            Console.WriteLine($"  {ResolverWeights.Name(feature),-26} hand {h[(int)feature],7:0.###}  learned {f[(int)feature],7:0.###}");
        }
        if (outputDirectory is not null)
        {
            Directory.CreateDirectory(outputDirectory);
            File.WriteAllLines(Path.Combine(outputDirectory, "learned-cv.jsonl"), Order(learned.PredictionLines, documents));
            File.WriteAllLines(Path.Combine(outputDirectory, "hand.jsonl"), Order(handEvaluation.PredictionLines, documents));
        }
        if (weightsPath is not null)
        {
            var figures = string.Create(CultureInfo.InvariantCulture,
                $"Learned on {Path.GetFileName(corpus)} ({documents.Count} documents, lambda {finalLambda}); cross-validated acc@161 {learned.Acc161:0.0000} against the hand weights' {handEvaluation.Acc161:0.0000}.");
            File.WriteAllText(weightsPath, ResolverWeights.ToTsv(final, hand, [figures]));
        }
        return 0;
    }

    /// <summary>Prediction lines in corpus order (folds interleave the documents).</summary>
    private static IEnumerable<string> Order(List<string> lines, List<GoldDocument> documents)
    {
        var byId = lines.ToDictionary(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!);
        return documents.Select(d => byId[d.Id]);
    }
}
