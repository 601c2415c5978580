namespace IncidentMap.Geoparsing.Parsing;

/// <summary>
/// Where an article is from: the dateline place it opens with ("KYIV (Reuters) -", "LONDON, May 3 -"). An incident
/// its own sentence does not place falls back on it before the article's focus country, and says so.
/// </summary>
internal static class Dateline
{
    /// <summary>The most tokens between a dateline place and the dash that ends the dateline.</summary>
    private const int _datelineReach = 10;

    /// <summary>The dateline's place mention, or null when the article opens with none.</summary>
    public static MentionDraft? Find(Article article)
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
}
