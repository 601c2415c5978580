using IncidentMap.Geoparsing.Places;

namespace IncidentMap.Geoparsing.Parsing;

/// <summary>
/// Mentions of areas that the words around a name or demonym define: national airspace ("Polish airspace",
/// "its airspace", "Poland's airspace"), land borders ("near the border with Belarus", "the Polish-Belarusian border"),
/// territory ("Russian soil") and lists of seas ("the Baltics and Barents seas").
/// </summary>
internal sealed class AreaPhrases(Article article, NameMatcher matcher)
{
    private readonly Gazetteer _gazetteer = article.Gazetteer;

    /// <summary>The last country named, for "its airspace".</summary>
    public Place? LastCountry { get; set; }

    /// <summary>Phrases that start with a lower-case word: "its airspace", "border with Belarus".</summary>
    public int TryLowerCasePhrase(int i)
    {
        var word = article[i].Folded;
        if (WordLists.PossessivePronouns.Contains(word) && article.Word(i + 1) == "airspace" && LastCountry is { } country
            && _gazetteer.FindAirspace(country.Code!) is { } airspace)
        {
            return AddArea(i, i + 2, airspace, -1, -1);
        }
        if (!WordLists.BorderNouns.Contains(word)) return i;
        if (article.Word(i + 1) == "with" && CountryAt(i + 2) is var (withEnd, other) && other is not null)
        {
            var partner = PartnerCountry(other, article[i].Sentence);
            var border = partner is null ? null : _gazetteer.FindBorder(partner.Code!, other.Code!);
            return border is null ? i : AddArea(i, withEnd, border, article[i + 2].Start, article[withEnd - 1].End);
        }
        if (article.Word(i + 1) == "between" && CountryAt(i + 2) is var (aEnd, a) && a is not null
            && article.Word(aEnd) == "and" && CountryAt(aEnd + 1) is var (bEnd, b) && b is not null
            && _gazetteer.FindBorder(a.Code!, b.Code!) is { } between)
        {
            return AddArea(i, bEnd, between, -1, -1);
        }
        return i;
    }

    /// <summary>"the Baltic and Barents seas", "the Black, Azov and Caspian seas": one sea per name.</summary>
    public int TrySeaList(int i)
    {
        if (article.Word(i + 1) is not ("and" or ",")) return i;
        var names = new List<int>(3) { i };
        var k = i + 1;
        while (k + 1 < article.Count && names.Count < 5)
        {
            var joiner = article[k].Folded;
            if (joiner is not ("and" or ",") || !article[k + 1].IsWord || !article[k + 1].Capitalized) break;
            names.Add(k + 1);
            k += 2;
            if (joiner == "and") break;
        }
        if (names.Count < 2 || article.Word(k) != "seas") return i;
        var seas = new Place[names.Count];
        for (var n = 0; n < names.Count; n++)
        {
            if (FindSea(article[names[n]].Folded) is not { } sea) return i;
            seas[n] = sea;
        }
        for (var n = 0; n < names.Count; n++)
        {
            var token = article[names[n]];
            var end = n == names.Count - 1 ? k + 1 : names[n] + 1;
            AddArea(names[n], end, seas[n], token.Start, token.End);
        }
        return k + 1;
    }

    /// <summary>"the Mediterranean", "the Pacific": a sea or ocean named without its noun, after "the".</summary>
    public int TryBareSea(int i)
    {
        if (article.Word(i - 1) != "the" || i + 1 < article.Count && article[i + 1].Capitalized && article[i].JoinsNext) return i;
        var folded = article[i].Folded;
        if (article.Lexicon.Demonym(folded) is not null) return i; // "the Indian government" is not the Indian Ocean
        var sea = FirstSea(matcher.Lookup(folded + " sea")) ?? FirstSea(matcher.Lookup(folded + " ocean"));
        return sea is null ? i : AddArea(i, i + 1, sea, article[i].Start, article[i].End);
    }

    /// <summary>A demonym with a place noun is a place ("Polish airspace"); otherwise its country is an actor.</summary>
    public int TryDemonym(int i)
    {
        if (article.Lexicon.Demonym(article[i].Folded) is not { } country) return i;
        var next = article.Word(i + 1);
        if (article[i].HyphenNext && article.Lexicon.Demonym(next) is { } second
            && WordLists.BorderNouns.Contains(article.Word(i + 2)) && _gazetteer.FindBorder(country.Code!, second.Code!) is { } pair)
        {
            return AddArea(i, i + 3, pair, -1, -1);
        }
        if (next == "airspace" && _gazetteer.FindAirspace(country.Code!) is { } airspace) return AddArea(i, i + 2, airspace, -1, -1);
        if (WordLists.LandNouns.Contains(next))
        {
            return AddArea(i, i + 2, country, -1, -1);
        }
        if (WordLists.BorderNouns.Contains(next) && PartnerCountry(country, article[i].Sentence) is { } partner
            && _gazetteer.FindBorder(country.Code!, partner.Code!) is { } border)
        {
            return AddArea(i, i + 2, border, -1, -1);
        }
        // "Lithuanian and Latvian airspace": each demonym gets the noun.
        if (next == "and" && article[i + 2 < article.Count ? i + 2 : i].Capitalized
            && article.Lexicon.Demonym(article.Word(i + 2)) is { } other && article.Word(i + 3) == "airspace"
            && _gazetteer.FindAirspace(country.Code!) is { } first && _gazetteer.FindAirspace(other.Code!) is { } last)
        {
            AddArea(i, i + 1, first, -1, -1);
            return AddArea(i + 2, i + 4, last, -1, -1);
        }
        article.DemonymActors.Add((i, country));
        return i + 1;
    }

    /// <summary>"Poland's airspace", "Poland airspace": the country's airspace, named by the country.</summary>
    public int TryCountryAirspace(MentionDraft draft, Place? country)
    {
        if (country is null || article.Word(draft.EndToken) != "airspace") return 0;
        if (_gazetteer.FindAirspace(country.Code!) is not { } airspace) return 0;
        return AddArea(draft.FirstToken, draft.EndToken + 1, airspace, draft.NameStart, draft.NameEnd);
    }

    private Place? FindSea(string folded)
    {
        var sea = FirstSea(matcher.Lookup(folded + " sea"));
        if (sea is null && folded.Length > 3 && folded[^1] == 's') sea = FirstSea(matcher.Lookup(folded[..^1] + " sea"));
        return sea;
    }

    private static Place? FirstSea(IReadOnlyList<Place> candidates) => MentionRecognizer.FirstOfKind(candidates, PlaceKind.Sea);

    private (int End, Place? Country) CountryAt(int i)
    {
        if (i < article.Count && article[i].Folded == "the") i++;
        if (i >= article.Count || !article[i].Capitalized) return (i, null);
        var (end, candidates) = matcher.Longest(article, i);
        return end == i ? (i, null) : (end, MentionRecognizer.FirstOfKind(candidates, PlaceKind.Country));
    }

    /// <summary>The other side of a border: a neighbouring country named earlier in the sentence, else in the article.</summary>
    private Place? PartnerCountry(Place country, int sentence)
    {
        Place? elsewhere = null;
        // The partner is named close by; looking further back would make long lists of borders quadratic.
        for (var m = article.Mentions.Count - 1; m >= 0 && m >= article.Mentions.Count - 64; m--)
        {
            article.CountWork();
            var mention = article.Mentions[m];
            if (MentionRecognizer.FirstOfKind(mention.Candidates, PlaceKind.Country) is not { } candidate
                || candidate.Code == country.Code || _gazetteer.FindBorder(candidate.Code!, country.Code!) is null) continue;
            if (article[mention.FirstToken].Sentence == sentence) return candidate;
            elsewhere ??= candidate;
        }
        return elsewhere;
    }

    private int AddArea(int first, int end, Place place, int nameStart, int nameEnd)
    {
        var locative = NonPlaceRules.LocativeWord(article, first);
        MentionRecognizer.Add(article, new MentionDraft
        {
            Text = article.Text,
            FirstToken = first,
            EndToken = end,
            Start = article[first].Start,
            End = article[end - 1].End,
            NameStart = nameStart,
            NameEnd = nameEnd,
            Key = place.Id,
            Candidates = [place],
            RequestedKind = place.Kind,
            Locative = true,
            Near = locative == "near",
        });
        return end;
    }
}
