using IncidentMap.Geoparsing.Places;

namespace IncidentMap.Geoparsing.Parsing;

/// <summary>
/// Where an article is, for events its sentences do not place: the dateline place it opens with ("KYIV (Reuters) -",
/// "LONDON, May 3 -"), and the country most of its located mentions fall in, when one clearly leads. An incident falls
/// back on these only when its own sentence names no place, and says so.
/// </summary>
/// <param name="Dateline">The dateline's place mention, if the article opens with one.</param>
/// <param name="Country">A mention standing for the focus country: the country itself where the article names it,
/// else its most-named place; null when no country leads.</param>
internal sealed record ArticleSetting(MentionDraft? Dateline, MentionDraft? Country)
{
    /// <summary>The most tokens between a dateline place and the dash that ends the dateline.</summary>
    private const int _datelineReach = 10;

    public static ArticleSetting Of(Article article) => new(FindDateline(article), FocusCountry(article));

    private static MentionDraft? FindDateline(Article article)
    {
        if (article.Mentions.Count == 0 || article.Count == 0) return null;
        var mention = article.Mentions[0];
        if (mention.FirstToken != 0 || mention.Chosen is null || mention.Role != MentionRole.Location) return null;
        var first = article[0];
        if (first.AllCaps && first.End - first.Start >= 3) return mention;
        // "Kyiv, Sept. 12 (Reuters) -": only names, numbers and an agency in brackets before the dash.
        for (var k = mention.EndToken; k < article.Count && k < mention.EndToken + _datelineReach; k++)
        {
            var token = article[k];
            if (token.Folded is "-" or "\u2014" or "\u2013" or "--") return mention;
            if (token.IsWord && !token.Capitalized) return null;
        }
        return null;
    }

    /// <summary>The country with at least two located mentions and more than half of all, counting each mention of a
    /// place in it (towns, regions, the country itself) and each demonym; speakers, metonyms and origins ("from
    /// Belarus") do not count. The mention that stands for it must be a place in it the article names.</summary>
    private static MentionDraft? FocusCountry(Article article)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = 0;
        foreach (var mention in article.Mentions)
        {
            // "beef imports from the United States": an origin is not where the story is.
            if (CountryOf(mention) is not { } code || Origin(article, mention.FirstToken)) continue;
            counts[code] = counts.GetValueOrDefault(code) + 1;
            total++;
        }
        // "South Korean authorities", "Russian troops": a demonym puts the story in its country too.
        foreach (var (_, country) in article.DemonymActors)
        {
            if (country.Code is not { } code) continue;
            counts[code] = counts.GetValueOrDefault(code) + 1;
            total++;
        }
        string? best = null;
        var bestCount = 0;
        foreach (var (code, count) in counts)
        {
            if (count > bestCount) (best, bestCount) = (code, count);
        }
        if (best is null || bestCount < 2 || bestCount * 2 <= total) return null;
        MentionDraft? place = null;
        var placeCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var placeBest = 0;
        foreach (var mention in article.Mentions)
        {
            if (CountryOf(mention) != best) continue;
            if (mention.Chosen!.Kind == PlaceKind.Country) return mention;
            var n = placeCounts[mention.Chosen.Id] = placeCounts.GetValueOrDefault(mention.Chosen.Id) + 1;
            if (n > placeBest) (place, placeBest) = (mention, n);
        }
        return place;
    }

    private static bool Origin(Article article, int first)
    {
        var before = article.Word(first - 1) == "the" ? first - 2 : first - 1;
        return article.Word(before) == "from";
    }

    private static string? CountryOf(MentionDraft mention)
    {
        if (mention.Chosen is not { } place || mention.Role != MentionRole.Location || mention.Speaker) return null;
        return place.Kind == PlaceKind.Country ? place.Code : place.Kind is PlaceKind.City or PlaceKind.Admin1 or PlaceKind.Admin2 or PlaceKind.Airspace ? place.CountryCode : null;
    }
}
