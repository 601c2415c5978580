using IncidentMap.Geoparsing.Places;

namespace IncidentMap.Geoparsing.Parsing;

/// <summary>
/// Picks each mention's gazetteer entry by combining evidence: prominence, the kind the phrase asks for, a possessive
/// country ("Ukraine's ... region"), the article's own geography (countries and regions it names, weighted by how
/// sure they are), containment with a neighbouring mention ("Pandi, Bulacan"), proximity to the places already
/// fixed, and one sense per name per article.
/// </summary>
internal static class Resolver
{
    internal const int MaxCandidates = 40;

    /// <summary>Resolves every mention of the article with these weights and returns the article's home ground as
    /// its names gave it. With a <paramref name="trace"/>, also records every candidate's feature values.</summary>
    public static HomeGround Resolve(Article article, ResolverWeights weights, ResolutionTrace? trace = null)
    {
        var mentions = article.Mentions;
        if (mentions.Count == 0) return HomeGround.None;
        Span<double> features = stackalloc double[ResolverWeights.Count];
        var first = new Place[mentions.Count];
        var priors = new double[mentions.Count][];
        var qualified = new bool[]?[mentions.Count];
        for (var m = 0; m < mentions.Count; m++) (first[m], priors[m]) = ByPrior(article, mentions[m], weights, features);
        for (var m = 0; m + 1 < mentions.Count; m++) qualified[m] = Qualified(article, m);

        // One sense per name, except where a neighbour says which one ("Paris, France" in a story about Paris,
        // Tennessee): that occurrence is read on its own.
        var pools = new string[mentions.Count];
        for (var m = 0; m < mentions.Count; m++) pools[m] = qualified[m] is null ? mentions[m].Key : mentions[m].Key + "," + mentions[m + 1].Key;
        var geography = DocumentGeography.From(mentions, first, qualified);
        var home = HomeGround.From(mentions, priors, qualified, weights[ResolverFeature.HomeGround]);
        var evidence = new CandidateEvidence(article, first, geography, home, PlaceLists.From(article, first));
        var scores = new Dictionary<string, Dictionary<Place, Scored>>(StringComparer.Ordinal);
        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            var repeat = scores.TryGetValue(pools[m], out var byPlace);
            if (!repeat) scores[pools[m]] = byPlace = [];
            // Repeats of a name weigh the same evidence again, unless a comma neighbour adds containment.
            if (repeat && !HasCommaNeighbour(article, m)) continue;
            var candidates = mention.Candidates;
            for (var c = 0; c < candidates.Count && c < MaxCandidates; c++)
            {
                var place = candidates[c];
                article.CountWork();
                // The score is linear in the features: the prior's part is known, the context's is added.
                features.Clear();
                evidence.Context(m, place, features);
                var score = priors[m][c] + weights.Score(features);
                // One sense per name: occurrences pool their evidence, each place keeping its best.
                if (!byPlace!.TryGetValue(place, out var best) || score > best.Score) byPlace[place] = new Scored(score, m);
            }
        }
        for (var m = 0; m < mentions.Count; m++)
        {
            if (qualified[m] is not null && scores.TryGetValue(mentions[m].Key, out var bare)) FollowQualified(mentions[m], scores[pools[m]], bare, home);
        }
        for (var m = 0; m < mentions.Count; m++)
        {
            Choose(mentions[m], scores[pools[m]], evidence, weights, trace);
        }
        return home;
    }

    /// <summary>Whether the token between a name and the next one makes the next its container: a comma or a
    /// containment word ("Pandi, Bulacan", "Fuyang in Anhui province").</summary>
    internal static bool Qualifies(Article article, int token) =>
        article[token].Folded is var word && (word == "," || WordLists.ContainmentWords.Contains(word));

    /// <summary>A candidate's score and the occurrence of its name whose evidence gave it.</summary>
    private readonly record struct Scored(double Score, int Occurrence);

    /// <summary>The bare occurrences of a name follow its qualified one ("PARIS, Tenn. ... in Paris") when that
    /// reading lies where the rest of the article is, or nothing else speaks: a writer who qualifies a name once for
    /// the reader does so on first mention. A qualified reading elsewhere ("on holiday in Paris, France" in a
    /// Tennessee story) marks the exception, and the bare ones keep their own reading.</summary>
    private static void FollowQualified(MentionDraft mention, Dictionary<Place, Scored> qualified, Dictionary<Place, Scored> bare, HomeGround home)
    {
        if (ReferenceEquals(qualified, bare) || qualified.Count == 0) return;
        var (best, scored) = qualified.MaxBy(kv => kv.Value.Score);
        if (!bare.TryGetValue(best, out var own)) return;
        var local = !home.HasOtherVoices(mention.Key)
                    || HomeGround.Admin1Of(best) is { } division && home.Admin1Share(division, mention.Key) >= 0.5;
        if (local && scored.Score > own.Score) bare[best] = scored;
    }

    /// <summary>Each candidate's prior, and the best of them.</summary>
    private static (Place Best, double[] Priors) ByPrior(Article article, MentionDraft mention, ResolverWeights weights, Span<double> features)
    {
        var n = Math.Min(mention.Candidates.Count, MaxCandidates);
        var priors = new double[n];
        var best = 0;
        for (var c = 0; c < n; c++)
        {
            features.Clear();
            CandidateEvidence.Prior(mention, mention.Candidates[c], features);
            priors[c] = weights.Score(features);
            if (priors[c] > priors[best]) best = c;
        }
        article.CountWork(n);
        return (mention.Candidates[best], priors);
    }

    /// <summary>The candidates of mention <paramref name="index"/> that the next mention, right after a comma or
    /// "in", contains ("Paris, France", "Murray, Kentucky", "Paris, Tenn."); null when it contains none.</summary>
    private static bool[]? Qualified(Article article, int index)
    {
        var mentions = article.Mentions;
        var (mention, next) = (mentions[index], mentions[index + 1]);
        if (next.FirstToken != mention.EndToken + 1 || !Qualifies(article, mention.EndToken)) return null;
        var n = Math.Min(mention.Candidates.Count, MaxCandidates);
        bool[]? contained = null;
        for (var k = 0; k < next.Candidates.Count && k < MaxCandidates; k++)
        {
            var container = next.Candidates[k];
            if (container.Kind is not (PlaceKind.Country or PlaceKind.Admin1 or PlaceKind.Admin2)) continue;
            for (var c = 0; c < n; c++)
            {
                article.CountWork();
                if (CandidateEvidence.Contains(container, mention.Candidates[c])) (contained ??= new bool[n])[c] = true;
            }
        }
        return contained;
    }

    private static bool HasCommaNeighbour(Article article, int index)
    {
        var mention = article.Mentions[index];
        return mention.EndToken < article.Count && article[mention.EndToken].Folded == ","
               || mention.FirstToken > 0 && article[mention.FirstToken - 1].Folded == ",";
    }

    private static void Choose(MentionDraft mention, Dictionary<Place, Scored> scores, CandidateEvidence evidence, ResolverWeights weights, ResolutionTrace? trace)
    {
        Place? best = null, second = null;
        Scored bestScore = new(double.MinValue, -1), secondScore = new(double.MinValue, -1);
        var n = Math.Min(mention.Candidates.Count, MaxCandidates);
        for (var c = 0; c < n; c++)
        {
            var place = mention.Candidates[c];
            var score = scores[place];
            if (score.Score > bestScore.Score)
            {
                (second, secondScore) = (best, bestScore);
                (best, bestScore) = (place, score);
            }
            else if (score.Score > secondScore.Score)
            {
                (second, secondScore) = (place, score);
            }
        }
        mention.Chosen = best;
        // A logistic of the margin: 0.5 for a tie, near 1 for a clear winner or a single candidate.
        mention.Score = second is null ? 1.0 : Math.Round(1 / (1 + Math.Exp(-(bestScore.Score - secondScore.Score))), 3);
        mention.RunnerUp = second;
        mention.RunnerUpScore = second is null ? 0 : Math.Round(1 - mention.Score, 3);
        // The winner's feature values are read again, once, for the explanation; the scores above did not keep them.
        Span<double> features = stackalloc double[ResolverWeights.Count];
        if (best is not null)
        {
            evidence.Features(bestScore.Occurrence, best, features);
            mention.Evidence = weights.Contributions(features);
        }
        if (trace is null) return;
        var all = new double[n][];
        for (var c = 0; c < n; c++)
        {
            features.Clear();
            evidence.Features(scores[mention.Candidates[c]].Occurrence, mention.Candidates[c], features);
            all[c] = features.ToArray();
        }
        trace.Add(mention, all);
    }
}
