using IncidentMap.Geoparsing.Parsing;
using IncidentMap.Geoparsing.Places;

namespace IncidentMap.Bench.Resolver;

/// <summary>One labelled decision of the resolver: the feature values of the right candidate (the one nearest the
/// gold point) and of the wrong ones (those that would put the mention 161 km or more from it).</summary>
internal sealed record RankingGroup(string DocumentId, double[] Positive, double[][] Negatives)
{
    /// <summary>Parses each document with <paramref name="weights"/> and turns every gold toponym matched by a mention
    /// with two candidates or more into a group. The nearest candidate is the right one when it lies within 161 km of
    /// the gold point, or when it is an area whose outline holds the gold point (annotators took other points for
    /// countries and large divisions); otherwise the gazetteer lacks the place and the toponym teaches nothing.
    /// Candidates other than the right one that lie within 161 km, or are areas holding the gold point, are neither
    /// right nor wrong for acc@161 and are left out.</summary>
    public static List<RankingGroup> Collect(Gazetteer gazetteer, ResolverWeights weights, IEnumerable<GoldDocument> documents)
    {
        var parser = new Geoparser(gazetteer, weights);
        var groups = new List<RankingGroup>();
        foreach (var document in documents)
        {
            var trace = new ResolutionTrace();
            parser.Parse(document.Text, null, trace, out _);
            var mentions = trace.Mentions.Where(m => m.Chosen is not null && m.NameStart >= 0).ToArray();
            var matches = ToponymMatching.Match(document, mentions.Select(m => (m.NameStart, m.NameEnd)).ToArray());
            for (var g = 0; g < matches.Length; g++)
            {
                if (matches[g] < 0 || mentions[matches[g]].Candidates.Length < 2) continue;
                if (Group(document, document.Toponyms[g], mentions[matches[g]]) is { } group) groups.Add(group);
            }
        }
        return groups;
    }

    private static RankingGroup? Group(GoldDocument document, GoldToponym gold, TracedMention mention)
    {
        var candidates = mention.Candidates;
        var distances = candidates.Select(p => Geodesy.DistanceKm(p.Lat, p.Lon, gold.Lat, gold.Lon)).ToArray();
        var nearest = Array.IndexOf(distances, distances.Min());
        bool Right(int c) => distances[c] < 161 || IsArea(candidates[c]) && candidates[c].Covers(gold.Lat, gold.Lon);
        if (!Right(nearest)) return null;
        var negatives = new List<double[]>();
        for (var c = 0; c < candidates.Length; c++)
        {
            if (c != nearest && !Right(c)) negatives.Add(mention.Features[c]);
        }
        return negatives.Count == 0 ? null : new RankingGroup(document.Id, mention.Features[nearest], [.. negatives]);
    }

    private static bool IsArea(Place place) => place.Kind is PlaceKind.Country or PlaceKind.Admin1 or PlaceKind.Admin2 or PlaceKind.Region
        or PlaceKind.Continent or PlaceKind.Sea;
}
