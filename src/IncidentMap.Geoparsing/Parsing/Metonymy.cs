namespace IncidentMap.Geoparsing.Parsing;

/// <summary>
/// Marks mentions that name a government rather than a place: a capital as the subject of a verb of speaking or
/// deciding ("Moscow said", "Kyiv has ruled out", "Warsaw and NATO allies scrambled"), or as the object of one
/// ("talks with Kyiv", "accused Kyiv", "frustrating Kyiv"). Countries that speak are marked as speakers, which
/// keeps them out of incident locations without losing them as places.
/// </summary>
internal static class Metonymy
{
    public static void Mark(Article article)
    {
        foreach (var mention in article.Mentions)
        {
            if (mention.Chosen is not { } place || mention.RequestedKind is not null) continue;
            var subject = IsSubjectOfGovernmentVerb(article, mention.EndToken);
            if (place.Kind == Places.PlaceKind.Country)
            {
                mention.Speaker = subject;
                continue;
            }
            if (place.Kind != Places.PlaceKind.City || place.Type is not "PPLC") continue;
            var possessiveState = article[mention.EndToken - 1].Possessive
                                  && WordLists.StateInstitutions.Contains(article.Word(mention.EndToken));
            if (subject || possessiveState || IsGovernmentObject(article, mention.FirstToken))
            {
                mention.Role = Parsing.MentionRole.Metonym;
                mention.Speaker = true;
            }
        }
    }

    private static bool IsSubjectOfGovernmentVerb(Article article, int k)
    {
        if (k < article.Count && article[k - 1].Possessive) return false;
        // "Warsaw and NATO allies scrambled", "Both Moscow and Minsk have rejected".
        if (article.Word(k) == "and")
        {
            var limit = Math.Min(article.Count, k + 5);
            for (k++; k < limit && article[k].IsWord && article[k].Capitalized; k++) { }
            if (k < limit && WordLists.CoSpeakers.Contains(article[k].Folded)) k++;
        }
        for (var steps = 0; k < article.Count && steps < 4; k++, steps++)
        {
            var word = article[k].Folded;
            if (WordLists.GovernmentVerbs.Contains(word)) return true;
            if (!WordLists.AuxiliaryWords.Contains(word) && !WordLists.Calendar.Contains(word)) return false;
        }
        return false;
    }

    private static bool IsGovernmentObject(Article article, int first)
    {
        var before = article.Word(first - 1);
        if (WordLists.GovernmentObjectCues.Contains(before)) return true;
        return before == "with" && WordLists.TalkNouns.Contains(article.Word(first - 2));
    }
}
