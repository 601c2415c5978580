namespace IncidentMap.Geoparsing.Parsing;

/// <summary>
/// Marks the tokens that name people, so a surname that is also a town ("Putin", "Tusk", "Darwin") is not a place:
/// capitalised words after a title ("President Donald Trump", "spokesman Dmitry Peskov", "(President Volodymyr)
/// Zelensky"), a given name and the capitalised word after it, and later every lone use of those surnames.
/// </summary>
internal static class PersonNames
{
    public static void Mark(Article article)
    {
        var tokens = article.Tokens;
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.IsWord) continue;
            if (WordLists.PersonTitles.Contains(token.Folded))
            {
                // "Dr. Wallerstein", "Gen. Smith": the abbreviated title's dot.
                MarkChainAfterTitle(article, article.Word(i + 1) == "." ? i + 2 : i + 1, surnames);
            }
            else if (token.Capitalized && !token.AllCaps && WordLists.GivenNames.Contains(token.Folded)
                     && token.JoinsNext && !token.HyphenNext && !token.Possessive && IsNameWord(article, i + 1)
                     && !IsPlaceName(article, i))
            {
                article.IsPerson[i] = true;
                var j = i + 1;
                // "John F. Kennedy": an initial between given name and surname.
                if (tokens[j].Folded.Length == 1 && j + 2 < tokens.Count && tokens[j + 1].Folded == "." && IsNameWord(article, j + 2)) j += 2;
                article.IsPerson[j] = true;
                surnames.Add(tokens[j].Folded);
                i = j;
            }
        }
        if (surnames.Count == 0) return;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Capitalized && surnames.Contains(tokens[i].Folded)) article.IsPerson[i] = true;
        }
    }

    private static void MarkChainAfterTitle(Article article, int i, HashSet<string> surnames)
    {
        var tokens = article.Tokens;
        var marked = 0;
        var last = -1;
        while (i < tokens.Count && marked < 3)
        {
            var token = tokens[i];
            if (token.Folded is "(" or ")") { i++; continue; }
            if (!token.IsWord || !token.Capitalized || token.AllCaps && token.Folded.Length <= 3) break;
            // "President Donald Trump" but not "President of Russia"; a further title is part of the role.
            if (WordLists.PersonTitles.Contains(token.Folded) || WordLists.Calendar.Contains(token.Folded)) break;
            if (WordLists.PlaceHeads.Contains(token.Folded)) break;
            article.IsPerson[i] = true;
            last = i;
            marked++;
            if (token.Possessive || !token.JoinsNext && !NextIsParenthesisThenName(article, i)) break;
            i++;
        }
        if (last >= 0) surnames.Add(tokens[last].Folded);
    }

    /// <summary>"Hong Kong", "Santa Rosa", "San Jose": a given name and the next word that together name a place.</summary>
    private static bool IsPlaceName(Article article, int i) =>
        article.Gazetteer.LookupFolded(article[i].Folded + " " + article[i + 1].Folded).Count > 0;

    private static bool NextIsParenthesisThenName(Article article, int i) =>
        i + 2 < article.Count && article[i + 1].Folded == ")" && article[i + 2].IsWord && article[i + 2].Capitalized;

    private static bool IsNameWord(Article article, int i)
    {
        if (i >= article.Count) return false;
        var token = article[i];
        return token.IsWord && token.Capitalized && !token.AllCaps && !WordLists.PlaceHeads.Contains(token.Folded)
               && !WordLists.OrganisationHeads.Contains(token.Folded) && !WordLists.Calendar.Contains(token.Folded);
    }
}
