using IncidentMap.Geoparsing.Places;

namespace IncidentMap.Geoparsing.Parsing;

/// <summary>
/// Where an article is from and about: the country, and the first-level division when most of its places lie in one,
/// that most of its resolved places (metonyms aside: "Moscow said" is a speaker) fall in. A
/// country named counts for itself; a division, county or town for its country and division. Ties go to the place
/// named first, so a dateline decides between equals. Incidents ask more of a focus before they fall back on it:
/// a country that clearly leads the article's mentions (see <c>Leading</c>).
/// </summary>
/// <param name="Country">The focus country.</param>
/// <param name="CountryShare">The share of the article's places in <paramref name="Country"/>, 0 to 1.</param>
/// <param name="Admin1">The focus first-level division, where at least half the places in the country lie in one;
/// otherwise null.</param>
/// <param name="Admin1Share">The share of the places in the country that lie in <paramref name="Admin1"/>, 0 to 1.</param>
public sealed partial record ArticleFocus(Place Country, double CountryShare, Place? Admin1, double Admin1Share)
{
    /// <summary>A division is the focus when at least this share of the places in the focus country lie in it.</summary>
    internal const double MinAdmin1Share = 0.5;

    /// <summary>The focus of the resolved places, or null when none lies in a country.</summary>
    internal static ArticleFocus? From(IReadOnlyList<PlaceMention> places, Gazetteer gazetteer)
    {
        var located = places.Where(p => p.Role == MentionRole.Location).ToList();
        if (located.Count == 0) located = [.. places];
        var countries = Tally(located, p => p.Place.Kind == PlaceKind.Country ? p.Place.Code : p.Place.CountryCode);
        if (countries.Count == 0) return null;
        var (country, countryVotes) = countries[0];
        if (gazetteer.Get("country:" + country) is not { } countryPlace) return null;
        var inCountry = located.Where(p => p.Place.CountryCode == country).ToList();
        var divisions = Tally(inCountry.Where(p => p.Place.Kind != PlaceKind.Country).ToList(), p => HomeGround.Admin1Of(p.Place));
        Place? admin1 = null;
        var admin1Share = 0.0;
        if (divisions.Count > 0 && (double)divisions[0].Votes / inCountry.Count >= MinAdmin1Share)
        {
            admin1 = gazetteer.Get("admin1:" + divisions[0].Code);
            admin1Share = admin1 is null ? 0 : Math.Round((double)divisions[0].Votes / inCountry.Count, 3);
        }
        var counted = located.Count(p => (p.Place.Kind == PlaceKind.Country ? p.Place.Code : p.Place.CountryCode) is not null);
        return new ArticleFocus(countryPlace, Math.Round((double)countryVotes / counted, 3), admin1, admin1Share);
    }

    /// <summary>Codes by the number of places that carry them, most first, ties to the one named first.</summary>
    private static List<(string Code, int Votes)> Tally(List<PlaceMention> places, Func<PlaceMention, string?> code)
    {
        var votes = new Dictionary<string, (int Votes, int First)>(StringComparer.Ordinal);
        for (var i = 0; i < places.Count; i++)
        {
            if (code(places[i]) is not { } c) continue;
            var (n, first) = votes.GetValueOrDefault(c, (0, i));
            votes[c] = (n + 1, first);
        }
        return [.. votes.OrderByDescending(v => v.Value.Votes).ThenBy(v => v.Value.First).Select(v => (v.Key, v.Value.Votes))];
    }
}
