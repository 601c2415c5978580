using IncidentMap.Geoparsing.Places;

namespace IncidentMap.Geoparsing.Parsing;

public sealed partial record ArticleFocus
{
    /// <summary>The mention that stands for the focus country in the text (the country itself where the article names
    /// it, else its most-named place there): where an incident its own sentence does not place falls back, saying so.
    /// Set on the focus of <see cref="Leading"/>; null on the focus of the resolved places.</summary>
    internal MentionDraft? Mention { get; init; }

    /// <summary>The country with at least two located mentions and more than half of all, counting each mention of a
    /// place in it (towns, regions, the country itself) and each demonym; speakers, metonyms and origins ("from
    /// Belarus") do not count. The mention that stands for it must be a place in it the article names. Null when no
    /// country clearly leads.</summary>
    internal static ArticleFocus? Leading(Article article)
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
            if (mention.Chosen!.Kind == PlaceKind.Country)
            {
                place = mention;
                break;
            }
            var n = placeCounts[mention.Chosen.Id] = placeCounts.GetValueOrDefault(mention.Chosen.Id) + 1;
            if (n > placeBest) (place, placeBest) = (mention, n);
        }
        if (place is null) return null;
        var focus = place.Chosen!.Kind == PlaceKind.Country ? place.Chosen : article.Gazetteer.Get("country:" + best);
        return focus is null ? null : new ArticleFocus(focus, Math.Round((double)bestCount / total, 3), null, 0) { Mention = place };
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
