using IncidentMap.Geoparsing.Places;

namespace IncidentMap.Geoparsing.Parsing;

/// <summary>
/// Evidence that a capitalised run matching a gazetteer name is not a place here: a person, an organisation or
/// medium, an exercise name, a weekday or month, a common word that starts a sentence, or part of a longer name.
/// A rare homonym town never outweighs this evidence.
/// </summary>
internal static class NonPlaceRules
{
    /// <summary>What the evidence says about a matched name.</summary>
    public enum Verdict
    {
        Place,
        NotAPlace,

        /// <summary>A minor town the text does not support here; kept only if the article uses the name as a place elsewhere.</summary>
        WeakTown,
    }

    /// <summary>Towns below this population need the text's support (a preposition, a region after a comma).</summary>
    internal const long MinorTownPopulation = 20_000;

    public static Verdict Judge(Article article, int first, int end, IReadOnlyList<Place> candidates, string key, bool abbreviation)
    {
        var single = end == first + 1;
        var token = article[first];
        if (single && (WordLists.Calendar.Contains(token.Folded) || WordLists.GenericWords.Contains(token.Folded))) return Verdict.NotAPlace;
        if (single && (token.Folded.Length == 1 || WordLists.Abbreviations.Contains(token.Folded) || WordLists.PersonTitles.Contains(token.Folded)))
        {
            return Verdict.NotAPlace;
        }
        if (end < article.Count && WordLists.DiseaseWords.Contains(article[end].Folded)) return Verdict.NotAPlace;
        if (WordLists.Organisations.Contains(key)) return Verdict.NotAPlace;
        // "the European Union said": a union of states acts as an organisation unless something happens in it.
        if (WordLists.Unions.Contains(key) && !Locative(article, first)) return Verdict.NotAPlace;
        if (IsOperationName(article, first, end)) return Verdict.NotAPlace;
        if (IsCodePart(article, first, end)) return Verdict.NotAPlace;
        if (FollowedByOrganisationHead(article, end)) return Verdict.NotAPlace;
        // "Peanut Corporation of America", "Bank of America": the name completes a company's.
        if (first >= 2 && article[first - 1].Folded == "of" && article[first - 2].Capitalized
            && WordLists.OrganisationHeads.Contains(article[first - 2].Folded)) return Verdict.NotAPlace;

        var strongKind = HasKind(candidates, PlaceKind.Country) || HasKind(candidates, PlaceKind.Continent)
                         || HasKind(candidates, PlaceKind.Region) || HasKind(candidates, PlaceKind.Sea);
        // "Henry County", "Rapides Parish": a county named with its noun is an area, also before the offices named
        // after it ("the Henry County Sheriff's Office", "Laurel County deputies").
        var countyName = end - first > 1 && WordLists.RegionNouns.Contains(article[end - 1].Folded) && HasKind(candidates, PlaceKind.Admin2);
        var areaKind = strongKind || countyName || HasKind(candidates, PlaceKind.Admin1);
        if (single && IsClippedCountryAdjective(article, first, candidates)) return Verdict.NotAPlace;
        if (single && token.SentenceStart && !strongKind
            && (WordLists.CommonWords.Contains(token.Folded) || !areaKind && article.AppearsLowerCase(token.Folded)))
        {
            return Verdict.NotAPlace;
        }
        // An acronym in capitals is an organisation's before it is a small unit's ("ALMA", "BAI"), unless it follows
        // a town and a comma ("Portland, ME").
        if (single && token.AllCaps && !abbreviation && !token.SentenceStart && !strongKind && !AdjacentByComma(article, first, end))
        {
            return Verdict.NotAPlace;
        }
        if (abbreviation) return Verdict.Place;
        // "Wright County Egg": a county's name before a capitalised word that is not one of its offices is a company's.
        if (countyName && !strongKind && end < article.Count && article[end - 1].JoinsNext && !article[end - 1].Possessive
            && article[end].IsWord && article[end].Capitalized && !WordLists.GovernmentHeads.Contains(article[end].Folded))
        {
            return Verdict.NotAPlace;
        }
        if (areaKind) return Verdict.Place;

        // Only towns from here on: ask the text for support.
        var supported = Supported(article, first, end);
        var population = MaxPopulation(candidates);
        if (single && WordLists.CommonWords.Contains(token.Folded) && !supported) return Verdict.NotAPlace;
        if (single && token.AllCaps && token.Folded.Length <= 3 && population < 1_000_000) return Verdict.NotAPlace;
        // "the Northern Fleet", "SOS Children's Village": a small town's name inside a longer proper name that is
        // not a place we know is that name's part, whatever preposition comes before.
        if (InsideLongerName(article, first, end) && population < 100_000) return Verdict.NotAPlace;
        if (single && (FollowedBySpeechVerb(article, end) || AfterSpeechVerb(article, first)) && !IsCapital(candidates) && !supported)
        {
            return Verdict.NotAPlace;
        }
        // "McDonald's restaurant", "Google's FluTrends": a possessive town with no support is a company or person, and
        // so is one after "a" whatever preposition comes before ("ate at a McDonald's").
        if (single && token.Possessive && population < 100_000
            && (!supported || first > 0 && WordLists.OwnerArticles.Contains(article[first - 1].Folded))) return Verdict.NotAPlace;
        // Two- and three-letter names ("Jin", "Lu", "Bo") are far more often people's than towns'.
        if (single && token.Folded.Length <= 3 && !supported) return Verdict.NotAPlace;
        if (population < MinorTownPopulation && !supported && !IsCapital(candidates)) return Verdict.WeakTown;
        return Verdict.Place;
    }

    /// <summary>A preposition before ("sent to Innisfail"), a comma-joined place ("Pandi, Bulacan") or a place noun
    /// after ("the Esperance area", "Esperance residents").</summary>
    private static bool Supported(Article article, int first, int end)
    {
        for (var k = first - 1; k >= 0 && k >= first - 3; k--)
        {
            var word = article[k];
            if (!word.IsWord) break;
            if (WordLists.SupportingWords.Contains(word.Folded)) return true;
            // "a resident of Lubbock", "Mark Kitsmore, 54, of Tyler".
            if (word.Folded == "of" && (WordLists.ResidentNouns.Contains(article.Word(k - 1)) || article.Word(k - 1) == ",")) return true;
            if (!WordLists.Determiners.Contains(word.Folded) && !WordLists.DirectionAdjectives.Contains(word.Folded)) break;
        }
        if (end < article.Count && WordLists.PlaceFollowers.Contains(article[end].Folded)) return true;
        return AdjacentByComma(article, first, end) || CoordinatedWithPlace(article, first);
    }

    /// <summary>"in East Providence and Barrington", "from Tacloban or Babatngon": a town joined by "and" or "or" to
    /// a place the text has just named, with its support, shares that support.</summary>
    private static bool CoordinatedWithPlace(Article article, int first)
    {
        if (first < 2 || article.Word(first - 1) is not ("and" or "or") || article.Mentions.Count == 0) return false;
        var previous = article.Mentions[^1];
        return previous.EndToken == first - 1 && !previous.Weak;
    }

    /// <summary>"in", "near", "across" (and "the", adjectives) before the mention.</summary>
    public static bool Locative(Article article, int first) => LocativeWord(article, first) is not null;

    /// <summary>The locative preposition before the mention, if any ("near" matters for precision).</summary>
    public static string? LocativeWord(Article article, int first)
    {
        for (var k = first - 1; k >= 0 && k >= first - 4; k--)
        {
            var word = article[k];
            if (!word.IsWord) return null;
            if (WordLists.LocativePrepositions.Contains(word.Folded)) return word.Folded;
            if (word.Folded == "of" && WordLists.PartNouns.Contains(article.Word(k - 1))) return "of";
            if (!WordLists.Determiners.Contains(word.Folded) && !WordLists.DirectionAdjectives.Contains(word.Folded)
                && !(word.Capitalized && word.Possessive)) return null;
        }
        return null;
    }

    private static bool AdjacentByComma(Article article, int first, int end)
    {
        // "Pandi, Bulacan" / "Bulacan, Philippines": a place name on the other side of a comma.
        if (end + 1 < article.Count && article[end].Folded == "," && article[end + 1].Capitalized) return true;
        return first >= 2 && article[first - 1].Folded == "," && article[first - 2].Capitalized && article[first - 2].IsWord;
    }

    private static bool IsOperationName(Article article, int first, int end)
    {
        if (first > 0 && article[first - 1].Capitalized && WordLists.OperationPrefixes.Contains(article[first - 1].Folded)) return true;
        var quoted = first > 0 && IsQuote(article[first - 1].Folded) || end < article.Count && IsQuote(article[end].Folded);
        for (var k = end; k < article.Count && k < end + 4; k++)
        {
            var word = article[k];
            if (WordLists.OperationNouns.Contains(word.Folded)) return quoted || k == end;
            if (word.IsWord && !WordLists.OperationAdjectives.Contains(word.Folded)) return false;
        }
        return false;
    }

    /// <summary>"Buffalo Public Schools", "Kenya Red Cross Society": a run of capitalised words after the name ends
    /// in the head of a company, school or club.</summary>
    private static bool FollowedByOrganisationHead(Article article, int end)
    {
        for (var k = end; k < article.Count && k < end + 4; k++)
        {
            if (!article[k - 1].JoinsNext || article[k - 1].Possessive || !article[k].IsWord || !article[k].Capitalized) return false;
            if (WordLists.OrganisationHeads.Contains(article[k].Folded)) return true;
        }
        return false;
    }

    /// <summary>Part of a code, not prose: "WNEM-TV", "A/California/7/2009", "US$460".</summary>
    private static bool IsCodePart(Article article, int first, int end)
    {
        if (first > 0 && article[first - 1].HyphenNext && article[first - 1].AllCaps && article[first].AllCaps) return true;
        var before = first > 0 && article[first - 1].End == article[first].Start ? article[first - 1].Folded : "";
        var after = end < article.Count && article[end].Start == article[end - 1].End ? article[end].Folded : "";
        return before is "/" or "$" || after is "/" or "$";
    }

    private static bool InsideLongerName(Article article, int first, int end)
    {
        var before = first > 0 && article[first - 1].IsWord && article[first - 1].Capitalized && article[first - 1].JoinsNext
                     && !article[first - 1].Possessive && !article[first - 1].SentenceStart;
        var after = end < article.Count && article[end - 1].JoinsNext && !article[end - 1].Possessive
                    && article[end].IsWord && article[end].Capitalized;
        return before || after;
    }

    private static bool FollowedBySpeechVerb(Article article, int end)
    {
        for (var k = end; k < article.Count && k < end + 3; k++)
        {
            var word = article[k].Folded;
            if (WordLists.SpeechVerbs.Contains(word)) return true;
            if (!WordLists.AuxiliaryWords.Contains(word)) return false;
        }
        return false;
    }

    /// <summary>"said Lennox", "according to Whitley": a speaker, not a town.</summary>
    private static bool AfterSpeechVerb(Article article, int first) =>
        WordLists.SpeechVerbs.Contains(article.Word(first - 1))
        || article.Word(first - 1) == "to" && article.Word(first - 2) == "according";

    private static bool IsQuote(string folded) => folded is "\"" or "\u201C" or "\u201D" or "'";

    /// <summary>"Saudi authorities", "Somali refugees": a clipped country name used as an adjective before a noun;
    /// not before a preposition or a verb ("birds culled in Norfolk on Monday": the county, not Norfolk Island).</summary>
    private static bool IsClippedCountryAdjective(Article article, int first, IReadOnlyList<Place> candidates)
    {
        if (candidates.Count == 0 || candidates[0].Kind != PlaceKind.Country || article.Word(first - 1) == "the") return false;
        var next = first + 1 < article.Count ? article[first + 1] : default;
        if (!next.IsWord || next.Capitalized || !article[first].JoinsNext || WordLists.ClauseWords.Contains(next.Folded)) return false;
        var name = candidates[0].Name;
        var written = article.Text.AsSpan(article[first].Start, article[first].End - article[first].Start);
        return name.Length > written.Length && name.AsSpan().StartsWith(written, StringComparison.OrdinalIgnoreCase);
    }

    private static bool HasKind(IReadOnlyList<Place> candidates, PlaceKind kind)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            if (candidates[i].Kind == kind) return true;
        }
        return false;
    }

    private static bool IsCapital(IReadOnlyList<Place> candidates)
    {
        for (var i = 0; i < candidates.Count && i < 8; i++)
        {
            if (candidates[i].Type is "PPLC" or "PPLA") return true;
        }
        return false;
    }

    private static long MaxPopulation(IReadOnlyList<Place> candidates)
    {
        long max = 0;
        for (var i = 0; i < candidates.Count && i < 32; i++) max = Math.Max(max, candidates[i].Population);
        return max;
    }
}
