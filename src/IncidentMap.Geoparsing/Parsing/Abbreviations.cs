using IncidentMap.Geoparsing.Places;

namespace IncidentMap.Geoparsing.Parsing;

/// <summary>
/// Abbreviations and short forms ("U.S.", "UK", "DRC", "NSW", "B.C.", "Ky."): kept apart from names in the gazetteer
/// because many are also words or acronyms, so accepted only where the text supports them. A country short form
/// must be written in capitals; a state or province abbreviation must follow a town and a comma ("Vancouver, B.C.")
/// or belong to a country the article names.
/// </summary>
internal static class Abbreviations
{
    public static IReadOnlyList<Place> Candidates(Article article, int i)
    {
        var token = article[i];
        var afterTownAndComma = i >= 2 && article[i - 1].Folded == "," && article[i - 2].IsWord && article[i - 2].Capitalized;
        var dottedShortForm = token.Capitalized && token.Folded.Length <= 3 && article.Word(i + 1) == "." && afterTownAndComma;
        if (!token.AllCaps && !dottedShortForm) return [];
        if (token.Folded.Length is < 2 or > 6 || WordLists.Organisations.Contains(token.Folded)) return [];
        if (WordLists.Abbreviations.Contains(token.Folded)) return [];
        var found = article.Gazetteer.LookupAbbreviationFolded(token.Folded);
        if (found.Count == 0) return [];
        var dotted = token.End - token.Start > token.Folded.Length;
        var common = WordLists.CountryShortForms.Contains(token.Folded);
        // "B.B. King", "J.R. Smith": dotted letters before a name are a person's initials.
        if (dotted && !common && !afterTownAndComma && i + 1 < article.Count && article[i + 1].IsWord && article[i + 1].Capitalized
            && !article[i + 1].SentenceStart)
        {
            return [];
        }
        if (MentionRecognizer.FirstOfKind(found, PlaceKind.Country) is not null)
        {
            // "UK" is the United Kingdom before any province that abbreviates to the same letters.
            if (common) return [.. found.Where(p => p.Kind == PlaceKind.Country)];
            // A bare country code ("MAC", "EST") needs "the" or a preposition.
            return dotted || NonPlaceRules.Locative(article, i) || article.Word(i - 1) == "the" ? found : [];
        }
        return afterTownAndComma || token.Folded.Length >= 3 ? found : [];
    }

    /// <summary>Drops state and province abbreviations whose country the article never names otherwise.</summary>
    public static void DropUnsupported(Article article)
    {
        HashSet<string>? countries = null;
        article.Mentions.RemoveAll(mention =>
        {
            if (!IsRegionAbbreviation(article, mention)) return false;
            countries ??= CountriesNamed(article);
            foreach (var place in mention.Candidates)
            {
                if (place.CountryCode is { } code && countries.Contains(code)) return false;
            }
            return !(mention.FirstToken >= 2 && article[mention.FirstToken - 1].Folded == ",");
        });
    }

    private static bool IsRegionAbbreviation(Article article, MentionDraft mention) =>
        mention.EndToken == mention.FirstToken + 1 && article[mention.FirstToken].AllCaps && mention.Candidates.Count > 0
        && mention.Candidates[0].Kind is PlaceKind.Admin1 or PlaceKind.Admin2
        && MentionRecognizer.FirstOfKind(mention.Candidates, PlaceKind.Country) is null;

    private static HashSet<string> CountriesNamed(Article article)
    {
        var countries = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in article.Mentions)
        {
            if (IsRegionAbbreviation(article, mention) || mention.Candidates.Count == 0) continue;
            var first = mention.Candidates[0];
            if ((first.Kind == PlaceKind.Country ? first.Code : first.CountryCode) is { } code) countries.Add(code);
        }
        return countries;
    }
}
