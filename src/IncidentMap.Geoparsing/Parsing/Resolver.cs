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

    /// <summary>How many mentions either side the same-sentence context looks at.</summary>
    private const int _sentenceWindow = 8;

    /// <summary>How much a town or county gains, at most, for lying in the division the rest of the article is in.</summary>
    internal const double HomeGroundWeight = 4.0;

    /// <summary>Villages: the places cities500 adds to cities1000.</summary>
    internal const long VillagePopulation = 1_000;

    /// <summary>Resolves every mention of the article and returns the article's home ground as its names gave it.</summary>
    public static HomeGround Resolve(Article article)
    {
        var mentions = article.Mentions;
        if (mentions.Count == 0) return HomeGround.None;
        var first = new Place[mentions.Count];
        var priors = new double[mentions.Count][];
        var qualified = new bool[]?[mentions.Count];
        for (var m = 0; m < mentions.Count; m++) (first[m], priors[m]) = ByPrior(article, mentions[m]);
        for (var m = 0; m + 1 < mentions.Count; m++) qualified[m] = Qualified(article, m);

        // One sense per name, except where a neighbour says which one ("Paris, France" in a story about Paris,
        // Tennessee): that occurrence is read on its own.
        var pools = new string[mentions.Count];
        for (var m = 0; m < mentions.Count; m++) pools[m] = qualified[m] is null ? mentions[m].Key : mentions[m].Key + "," + mentions[m + 1].Key;
        var geography = DocumentGeography.From(mentions, first, qualified);
        var home = HomeGround.From(mentions, priors, qualified, HomeGroundWeight);
        var lists = PlaceLists.From(article, first);
        var scores = new Dictionary<string, Dictionary<Place, double>>(StringComparer.Ordinal);
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
                var score = Evidence(article, mention, m, place, geography, home, lists, first) + lists.Bonus(m, place);
                // One sense per name: occurrences pool their evidence.
                byPlace![place] = byPlace.TryGetValue(place, out var best) ? Math.Max(best, score) : score;
            }
        }
        for (var m = 0; m < mentions.Count; m++)
        {
            if (qualified[m] is not null && scores.TryGetValue(mentions[m].Key, out var bare)) FollowQualified(mentions[m], scores[pools[m]], bare, home);
        }
        for (var m = 0; m < mentions.Count; m++)
        {
            Choose(mentions[m], scores[pools[m]]);
        }
        return home;
    }

    /// <summary>The bare occurrences of a name follow its qualified one ("PARIS, Tenn. ... in Paris") when that
    /// reading lies where the rest of the article is, or nothing else speaks: a writer who qualifies a name once for
    /// the reader does so on first mention. A qualified reading elsewhere ("on holiday in Paris, France" in a
    /// Tennessee story) marks the exception, and the bare ones keep their own reading.</summary>
    private static void FollowQualified(MentionDraft mention, Dictionary<Place, double> qualified, Dictionary<Place, double> bare, HomeGround home)
    {
        if (ReferenceEquals(qualified, bare) || qualified.Count == 0) return;
        var (best, score) = qualified.MaxBy(kv => kv.Value);
        if (!bare.TryGetValue(best, out var own)) return;
        var local = !home.HasOtherVoices(mention.Key)
                    || HomeGround.Admin1Of(best) is { } division && home.Admin1Share(division, mention.Key) >= 0.5;
        if (local) bare[best] = Math.Max(own, score);
    }

    /// <summary>Each candidate's prior, and the best of them.</summary>
    private static (Place Best, double[] Priors) ByPrior(Article article, MentionDraft mention)
    {
        var n = Math.Min(mention.Candidates.Count, MaxCandidates);
        var priors = new double[n];
        var best = 0;
        for (var c = 0; c < n; c++)
        {
            priors[c] = Prior(mention, mention.Candidates[c]);
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
        if (next.FirstToken != mention.EndToken + 1 || article[mention.EndToken].Folded is not ("," or "in")) return null;
        var n = Math.Min(mention.Candidates.Count, MaxCandidates);
        bool[]? contained = null;
        for (var k = 0; k < next.Candidates.Count && k < MaxCandidates; k++)
        {
            var container = next.Candidates[k];
            if (container.Kind is not (PlaceKind.Country or PlaceKind.Admin1 or PlaceKind.Admin2)) continue;
            for (var c = 0; c < n; c++)
            {
                article.CountWork();
                if (Contains(container, mention.Candidates[c])) (contained ??= new bool[n])[c] = true;
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

    /// <summary>What the name and phrase alone say: prominence, asked-for kind, possessive country.</summary>
    private static double Prior(MentionDraft mention, Place place)
    {
        var score = 0.25 * Gazetteer.Prominence(place);
        // News names first-level divisions far more often than the towns named after them ("Ontario", "Indiana"),
        // and a place by its own name more often than by an alternate one ("Victoria" is not Hong Kong here).
        // Not so for a country's own namesake division ("Mexico" is the country before México state).
        // Nor for a division named after its seat or its great city ("Kherson", "Odesa", "Giza", "Tehran"): the bare
        // name is the city unless the phrase asks for the region ("the Kherson region", "Belgorod's governor").
        if (place.Kind == PlaceKind.Admin1 && !mention.NamesCountryOf(place) && !mention.NamesSeatOf(place)) score += 1.5;
        // A national capital is what its name means before the province around it ("Minsk said", "Kyiv"), though
        // not before the country it is named after ("Mexico").
        var alternate = mention.KnownOnlyByAlternate(place);
        if (place.Type == "PPLC" && !mention.NamesACountry && !alternate) score += 2.0;
        if (mention.NameStart >= 0 && place.FoldedName == mention.FoldedName) score += 1.0;
        else if (alternate) score -= 1.5;
        if (mention.RequestedKind is { } kind && place.Kind == kind) score += 2;
        if (mention.CountryConstraint is { } country) score += place.CountryCode == country ? 4 : -4;
        return score;
    }

    private static double Evidence(
        Article article, MentionDraft mention, int index, Place place, DocumentGeography geography, HomeGround home, PlaceLists lists, Place[] first)
    {
        var score = Prior(mention, place);
        // The article's home ground pulls a town or county toward it: "Paris" in a story whose other places are in
        // Tennessee is Paris, Tennessee, however famous the other Paris.
        // Not for a place named after its own country ("Panama", "Kuwait"): the country is what the name means; nor
        // for a village under 1,000 people that shares its name with a country, region or sea ("Atlantic").
        if (!mention.NamesCountryOf(place) && !(place.Kind == PlaceKind.City && place.Population < VillagePopulation && mention.NamesAnyArea))
        {
            score += home.Pull(place, mention.Key, HomeGroundWeight);
        }
        var country = place.CountryCode;
        // An article about Mexico speaks for Mexico the country as much as for México state: no evidence either way.
        if (country is not null && place.Kind != PlaceKind.Country && !mention.NamesCountryOf(place))
        {
            // A region of the country the article is about beats a foreign country of the same name ("Georgia");
            // a town needs more than that to beat a country.
            // A village named after a nation or region ("England", Arkansas) is not made likely by the article being
            // about its country: it needs a neighbour that contains it.
            // So for a village under 1,000 people named like an area's short form ("Atlantic").
            var hamletOfAnArea = place.Kind == PlaceKind.City && place.Population < NonPlaceRules.MinorTownPopulation
                                 && (mention.NamesAnArea || place.Population < VillagePopulation && mention.NamesAnyArea);
            var share = geography.CountryShare(country, mention.Key) * (hamletOfAnArea ? 0.25 : 1);
            // A division named after its seat gains no more from the article than the seat does.
            var area = place.Kind is PlaceKind.Admin1 or PlaceKind.Admin2 or PlaceKind.Region && !mention.NamesSeatOf(place);
            score += (area ? 3.5 : 2.0) * share;
            if (place.Admin1Code is { } admin1 && geography.HasAdmin1(admin1) && !hamletOfAnArea) score += 1.5;
        }
        if (place.Kind == PlaceKind.Country && geography.CountryShare(place.Code ?? "", mention.Key) > 0) score += 0.5;
        // Members of a list of like places do not contain each other ("Niger, Nigeria and Togo").
        if (!lists.SharesKind(index)) score += Containment(article, index, place, first);
        score += geography.Proximity(place, mention.Key);
        score += SameSentence(article, index, place, first);
        return score;
    }

    /// <summary>A state or country named in the same sentence speaks for the places inside it more than one named
    /// elsewhere in the article ("swans in Michigan ... in Monroe County. ... tested in Ames, Iowa").</summary>
    private static double SameSentence(Article article, int index, Place place, Place[] first)
    {
        if (place.Kind is not (PlaceKind.City or PlaceKind.Admin2 or PlaceKind.Admin1)) return 0;
        var mentions = article.Mentions;
        var sentence = article[mentions[index].FirstToken].Sentence;
        var score = 0.0;
        for (var step = -1; step <= 1; step += 2)
        {
            for (int m = index + step, seen = 0; m >= 0 && m < mentions.Count && seen < _sentenceWindow; m += step, seen++)
            {
                if (article[mentions[m].FirstToken].Sentence != sentence) break;
                var other = first[m];
                if (other.Kind == PlaceKind.Admin1 && place.Admin1Code == other.Code) score = Math.Max(score, 1.5);
                else if (other.Kind == PlaceKind.Country && place.CountryCode == other.Code) score = Math.Max(score, 0.75);
            }
        }
        return score;
    }

    /// <summary>"Pandi, Bulacan", "Bulacan, Philippines" and "Fuyang in Anhui province": a neighbour across a comma
    /// or "in" that contains the place.</summary>
    private static double Containment(Article article, int index, Place place, Place[] first)
    {
        var mentions = article.Mentions;
        var mention = mentions[index];
        var score = 0.0;
        if (index + 1 < mentions.Count)
        {
            var next = mentions[index + 1];
            if (next.FirstToken == mention.EndToken + 1 && article[mention.EndToken].Folded is "," or "in")
            {
                for (var c = 0; c < next.Candidates.Count && c < MaxCandidates; c++)
                {
                    if (Contains(next.Candidates[c], place)) { score += 4; break; }
                }
            }
        }
        if (index > 0)
        {
            var previous = mentions[index - 1];
            if (mention.FirstToken == previous.EndToken + 1 && article[previous.EndToken].Folded is "," or "in"
                && Contains(place, first[index - 1]))
            {
                score += 3;
            }
        }
        return score;
    }

    private static bool Contains(Place container, Place place) => container.Kind switch
    {
        PlaceKind.Country => place.CountryCode == container.Code && place.Kind != PlaceKind.Country,
        PlaceKind.Admin1 => place.Admin1Code == container.Code && place.Kind is PlaceKind.City or PlaceKind.Admin2,
        PlaceKind.Admin2 => place.Kind == PlaceKind.City && place.CountryCode == container.CountryCode
                            && Geodesy.DistanceKm(place.Lat, place.Lon, container.Lat, container.Lon) < 60,
        // A region inside one country ("Central Luzon"): its outline decides, read only for such neighbours.
        PlaceKind.Region => container.CountryCode is { } country && place.CountryCode == country
                            && place.Kind is PlaceKind.City or PlaceKind.Admin1 or PlaceKind.Admin2
                            && container.Covers(place.Lat, place.Lon),
        _ => false,
    };

    private static void Choose(MentionDraft mention, Dictionary<Place, double> scores)
    {
        Place? best = null, second = null;
        double bestScore = double.MinValue, secondScore = double.MinValue;
        for (var c = 0; c < mention.Candidates.Count && c < MaxCandidates; c++)
        {
            var place = mention.Candidates[c];
            var score = scores[place];
            if (score > bestScore)
            {
                (second, secondScore) = (best, bestScore);
                (best, bestScore) = (place, score);
            }
            else if (score > secondScore)
            {
                (second, secondScore) = (place, score);
            }
        }
        mention.Chosen = best;
        // A logistic of the margin: 0.5 for a tie, near 1 for a clear winner or a single candidate.
        mention.Score = second is null ? 1.0 : Math.Round(1 / (1 + Math.Exp(-(bestScore - secondScore))), 3);
        mention.RunnerUp = second;
        mention.RunnerUpScore = second is null ? 0 : Math.Round(1 - mention.Score, 3);
    }
}
