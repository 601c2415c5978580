using IncidentMap.Geoparsing.Places;

namespace IncidentMap.Geoparsing.Parsing;

/// <summary>
/// Finds whole place mentions in token order: gazetteer names with the phrase around them ("Belarus's Grodno region",
/// "the Baltic and Barents seas"), and the area phrases that name no toponym themselves ("Polish airspace",
/// "its airspace", "near the border with Belarus", "the Polish-Belarusian border").
/// </summary>
internal static class MentionRecognizer
{
    public static void Recognize(Article article, NameMatcher matcher)
    {
        var areas = new AreaPhrases(article, matcher);
        string? possessiveCountry = null;
        var possessiveValidUntil = -1;
        for (var i = 0; i < article.Count; i++)
        {
            var token = article[i];
            if (!token.IsWord || article.Consumed[i]) continue;
            if (!token.Capitalized)
            {
                var phraseEnd = areas.TryLowerCasePhrase(i);
                if (phraseEnd > i) i = phraseEnd - 1;
                continue;
            }
            if (article.IsPerson[i]) continue;

            var seasEnd = areas.TrySeaList(i);
            if (seasEnd > i) { i = seasEnd - 1; continue; }

            var (end, candidates) = matcher.Longest(article, i);
            var abbreviation = false;
            if (end <= i + 1 && Abbreviations.Candidates(article, i) is { Count: > 0 } shortForm)
            {
                (end, candidates, abbreviation) = (i + 1, shortForm, true);
            }
            // A demonym is a demonym before it is a short form of a sea ("Philippine Department", "Philippine Sea").
            if (end <= i + 1 && FirstOfKind(candidates, PlaceKind.Country) is null)
            {
                var demonymEnd = areas.TryDemonym(i);
                if (demonymEnd > i) { i = demonymEnd - 1; continue; }
                var seaEnd = FirstOfKind(candidates, PlaceKind.Sea) is null ? areas.TryBareSea(i) : i;
                if (seaEnd > i) { i = seaEnd - 1; continue; }
            }
            if (end == i) continue;

            var draft = NameMention(article, i, end, candidates, abbreviation);
            if (draft is null) { i = end - 1; continue; }
            if (possessiveCountry is not null && i <= possessiveValidUntil && OnlyAdjectivesBetween(article, possessiveValidUntil - 3, i))
            {
                draft.CountryConstraint = possessiveCountry;
            }
            possessiveCountry = null;
            var country = FirstOfKind(draft.Candidates, PlaceKind.Country);
            if (country is not null && article[draft.EndToken - 1].Possessive)
            {
                possessiveCountry = country.Code;
                possessiveValidUntil = draft.EndToken + 3;
            }
            if (country is not null) areas.LastCountry = country;
            var airspaceEnd = areas.TryCountryAirspace(draft, country);
            if (airspaceEnd > 0) { i = airspaceEnd - 1; continue; }
            Add(article, draft);
            i = draft.EndToken - 1;
        }
        Abbreviations.DropUnsupported(article);
        DropWeakTowns(article);
    }

    /// <summary>One sense per name: a minor town without support stays only if the article names it as a place
    /// with support elsewhere ("in Esperance ... Esperance residents").</summary>
    private static void DropWeakTowns(Article article)
    {
        HashSet<string>? supported = null;
        article.Mentions.RemoveAll(weak =>
        {
            if (!weak.Weak) return false;
            if (supported is null)
            {
                supported = new HashSet<string>(StringComparer.Ordinal);
                foreach (var mention in article.Mentions)
                {
                    if (!mention.Weak) supported.Add(mention.Key);
                }
            }
            return !supported.Contains(weak.Key);
        });
    }

    public static void Add(Article article, MentionDraft draft)
    {
        article.Mentions.Add(draft);
        for (var k = draft.FirstToken; k < draft.EndToken; k++) article.Consumed[k] = true;
    }

    private static MentionDraft? NameMention(Article article, int first, int end, IReadOnlyList<Place> candidates, bool abbreviation)
    {
        var key = JoinFolded(article, first, end);
        // "the Salinas Valley", "Lake Erie", "the Eastern Mediterranean", "Greater Mumbai": a named feature that is
        // not in the gazetteer but lies at or around the place it is named after. The whole phrase is the toponym.
        var (featureFirst, featureEnd) = abbreviation || !NamesAFeatureSite(key, candidates) ? (first, end) : FeatureAround(article, first, end);
        var verdict = NonPlaceRules.Judge(article, featureFirst, featureEnd, candidates, key, abbreviation);
        if (verdict == NonPlaceRules.Verdict.NotAPlace) return null;
        var feature = featureFirst < first || featureEnd > end;
        var nameEnd = feature ? featureEnd : end;
        var mentionEnd = nameEnd;
        PlaceKind? requested = null;
        var lastWord = article[end - 1].Folded;
        // A feature is located at its namesake; no region noun applies to it.
        if (!feature && end - first > 1 && WordLists.RegionNouns.Contains(lastWord))
        {
            requested = RegionKind(lastWord);
            // "Scott County" names the county; "Grodno region" describes the region Grodno.
            if (!article[end - 1].Capitalized) nameEnd = end - 1;
        }
        else if (!feature && end < article.Count && article[end - 1].JoinsNext && !article[end - 1].Possessive
                 && WordLists.RegionNouns.Contains(article[end].Folded) && article.Word(end + 1) != "of")
        {
            var kind = RegionKind(article[end].Folded);
            var narrowed = OfKinds(candidates, kind);
            if (narrowed.Count > 0)
            {
                requested = kind;
                candidates = narrowed;
                mentionEnd = end + 1;
                // A capitalised noun is part of the proper name ("Scott County", "Nyanza Province"); a lower-case
                // one describes it ("Grodno region").
                if (article[end].Capitalized) nameEnd = end + 1;
            }
            // "Wright County" with no such county known: the town named Wright is not what the text means.
            else if (article[end].Capitalized)
            {
                return null;
            }
        }
        // "the state of Washington", "the province of Aceh": the noun before asks for the division.
        if (!feature && requested is null && first >= 2 && article.Word(first - 1) == "of" && !article[first - 2].Capitalized
            && WordLists.RegionNouns.Contains(article.Word(first - 2)))
        {
            var kind = RegionKind(article.Word(first - 2));
            if (OfKinds(candidates, kind).Count > 0) requested = kind;
        }
        // "Belgorod's governor", "the Kherson regional administration", "the governor of Kharkiv": the division, not
        // the city it is named after.
        if (!feature && requested is null && NamesADivisionOfficial(article, first, end) && FirstOfKind(candidates, PlaceKind.Admin1) is not null)
        {
            requested = PlaceKind.Admin1;
        }
        if (requested is { } asked && mentionEnd == end)
        {
            var narrowed = OfKinds(candidates, asked);
            if (narrowed.Count > 0) candidates = narrowed;
        }
        first = featureFirst;
        var locative = NonPlaceRules.LocativeWord(article, first);
        return new MentionDraft
        {
            Text = article.Text,
            FirstToken = first,
            EndToken = mentionEnd,
            Start = article[first].Start,
            End = article[mentionEnd - 1].End,
            NameStart = article[first].Start,
            NameEnd = article[nameEnd - 1].End,
            Key = requested is null ? key : key + "|" + requested,
            Candidates = candidates,
            RequestedKind = requested,
            Locative = locative is not null || requested is not null,
            Near = feature || locative == "near",
            Weak = verdict == NonPlaceRules.Verdict.WeakTown,
        };
    }

    /// <summary>The span of a named feature around the name at [first, end): a capitalised feature word after it
    /// ("Valley", "Delta", "Canal") or a capitalised "Lake", "Greater" or compass word before it.</summary>
    private static (int First, int End) FeatureAround(Article article, int first, int end)
    {
        var featureFirst = first;
        var featureEnd = end;
        if (end < article.Count && article[end - 1].JoinsNext && !article[end - 1].Possessive && !article[end - 1].HyphenNext
            && article[end].Capitalized && WordLists.FeatureHeads.Contains(article[end].Folded))
        {
            featureEnd = end + 1;
        }
        if (first > 0 && article[first - 1].Capitalized && article[first - 1].JoinsNext && !article[first - 1].HyphenNext
            && !article.Consumed[first - 1] && !article.IsPerson[first - 1] && WordLists.FeaturePrefixes.Contains(article[first - 1].Folded))
        {
            featureFirst = first - 1;
        }
        return (featureFirst, featureEnd);
    }

    /// <summary>Whether a feature named after this name can be placed at it: the name is some candidate's own (not an
    /// alternate, not a word like "Central"), and that candidate is an area or a town of some size.</summary>
    private static bool NamesAFeatureSite(string key, IReadOnlyList<Place> candidates)
    {
        if (WordLists.DirectionAdjectives.Contains(key) || WordLists.CommonWords.Contains(key) || WordLists.GenericWords.Contains(key)) return false;
        for (var c = 0; c < candidates.Count && c < Resolver.MaxCandidates; c++)
        {
            var place = candidates[c];
            if (place.FoldedName == key && (place.Kind != PlaceKind.City || place.Population >= NonPlaceRules.MinorTownPopulation)) return true;
        }
        return false;
    }

    private static bool NamesADivisionOfficial(Article article, int first, int end) =>
        WordLists.DivisionOfficials.Contains(article.Word(end))
        || first >= 2 && article.Word(first - 1) == "of" && WordLists.DivisionOfficials.Contains(article.Word(first - 2));

    /// <summary>"county", "parish", "district" and "raion" ask for second-level units; the other region nouns for admin-1.</summary>
    private static PlaceKind RegionKind(string noun) =>
        WordLists.SecondLevelNouns.Contains(noun) ? PlaceKind.Admin2 : PlaceKind.Admin1;

    /// <summary>Candidates of the asked kind; a county may also be an admin-1 unit and vice versa in small states.</summary>
    public static List<Place> OfKinds(IReadOnlyList<Place> candidates, PlaceKind kind)
    {
        var result = new List<Place>();
        foreach (var place in candidates)
        {
            if (place.Kind == kind) result.Add(place);
        }
        if (result.Count == 0)
        {
            foreach (var place in candidates)
            {
                if (place.Kind is PlaceKind.Admin1 or PlaceKind.Admin2) result.Add(place);
            }
        }
        return result;
    }

    public static Place? FirstOfKind(IReadOnlyList<Place> candidates, PlaceKind kind)
    {
        for (var i = 0; i < candidates.Count && i < 16; i++)
        {
            if (candidates[i].Kind == kind) return candidates[i];
        }
        return null;
    }

    public static string JoinFolded(Article article, int first, int end)
    {
        if (end == first + 1) return article[first].Folded;
        var parts = new string[end - first];
        for (var k = first; k < end; k++) parts[k - first] = article[k].Folded;
        return string.Join(' ', parts);
    }

    private static bool OnlyAdjectivesBetween(Article article, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!WordLists.DirectionAdjectives.Contains(article[k].Folded)) return false;
        }
        return true;
    }
}
