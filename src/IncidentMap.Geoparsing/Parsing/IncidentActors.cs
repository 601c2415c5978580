using IncidentMap.Geoparsing.Places;

namespace IncidentMap.Geoparsing.Parsing;

/// <summary>The actors a clause names: countries by demonym ("Russian drones"), speakers and governments
/// ("Poland said", "Moscow"), countries named as parties, and organisations ("NATO").</summary>
internal static class IncidentActors
{
    public static IReadOnlyList<string> Of(Article article, int first, int end, int mentionCursor)
    {
        var actors = new List<string>(4);
        void Add(string name)
        {
            if (!actors.Contains(name)) actors.Add(name);
        }
        var demonym = 0;
        while (demonym < article.DemonymActors.Count && article.DemonymActors[demonym].Token < first) demonym++;
        var m = mentionCursor;
        for (var k = first; k < end; k++)
        {
            if (demonym < article.DemonymActors.Count && article.DemonymActors[demonym].Token == k)
            {
                Add(article.DemonymActors[demonym++].Country.Name);
                continue;
            }
            if (m < article.Mentions.Count && article.Mentions[m].FirstToken == k)
            {
                var mention = article.Mentions[m++];
                if (mention.Chosen is { } place && (mention.Role == MentionRole.Metonym || mention.Speaker
                    || place.Kind == PlaceKind.Country && !mention.Locative))
                {
                    var country = place.Kind == PlaceKind.Country ? place : article.Gazetteer.FindCountry(place.CountryCode ?? "");
                    if (country is not null) Add(country.Name);
                }
                continue;
            }
            var token = article[k];
            if (token.IsWord && token.Capitalized && WordLists.Organisations.Contains(token.Folded))
            {
                Add(article.Text[token.Start..token.End]);
            }
        }
        return actors;
    }
}
