using IncidentMap.Geoparsing.Places;

namespace IncidentMap.Geoparsing.Parsing;

/// <summary>
/// Coordinated lists of places ("Armenia, Azerbaijan, Georgia, Iraq, Iran and Syria"; "Oregon, Tennessee, Utah,
/// Washington and Wisconsin"): their members are usually of one kind, and often of one country, so an ambiguous
/// member takes the reading its neighbours share. A comma chain without "and"/"or" is a list only from four members
/// on, because "Pandi, Bulacan, Philippines" is a hierarchy, not a list.
/// </summary>
internal sealed class PlaceLists
{
    private readonly (PlaceKind? Kind, string? Country)[] _shared;

    private PlaceLists((PlaceKind? Kind, string? Country)[] shared) => _shared = shared;

    public static PlaceLists From(Article article, Place[] first)
    {
        var mentions = article.Mentions;
        var shared = new (PlaceKind? Kind, string? Country)[mentions.Count];
        var start = 0;
        while (start < mentions.Count)
        {
            var end = start + 1;
            var coordinated = false;
            while (end < mentions.Count && Separator(article, mentions[end - 1], mentions[end]) is { } conjunction)
            {
                coordinated |= conjunction;
                end++;
            }
            var size = end - start;
            article.CountWork(size);
            if (size >= 4 || size == 3 && coordinated) Share(first, start, end, shared);
            start = end;
        }
        return new PlaceLists(shared);
    }

    /// <summary>Sets the list features of a candidate of list member <paramref name="index"/>: of the kind the other
    /// members were read as, and of their country or another.</summary>
    public void Fill(int index, Place place, Span<double> features)
    {
        var (kind, country) = _shared[index];
        if (kind is null || place.Kind != kind) return;
        if (country is null)
        {
            features[(int)ResolverFeature.ListKind] = 1;
        }
        else if (place.CountryCode == country)
        {
            features[(int)ResolverFeature.ListKind] = 1;
            features[(int)ResolverFeature.ListCountry] = 1;
        }
        else
        {
            // A division of another country is a weak match for a list of one country's divisions.
            features[(int)ResolverFeature.ListOtherCountry] = 1;
        }
    }

    /// <summary>Whether mention <paramref name="index"/> belongs to a list whose other members share a reading.</summary>
    public bool SharesKind(int index) => _shared[index].Kind is not null;

    /// <summary>Whether only a list separator lies between two mentions: null if not, else whether it holds "and"/"or".</summary>
    private static bool? Separator(Article article, MentionDraft left, MentionDraft right)
    {
        var gap = right.FirstToken - left.EndToken;
        if (gap is < 1 or > 2) return null;
        var a = article.Word(left.EndToken);
        if (gap == 1) return a == "," ? false : a is "and" or "or" ? true : null;
        return a == "," && article.Word(left.EndToken + 1) is "and" or "or" ? true : null;
    }

    /// <summary>For each member, the kind (and, for divisions and towns, the country) most of the other members were
    /// first read as. Counted once for the list and minus the member itself, so a list of any length costs linear time.</summary>
    private static void Share(Place[] first, int start, int end, (PlaceKind? Kind, string? Country)[] shared)
    {
        var kinds = new Dictionary<PlaceKind, int>();
        var countries = new Dictionary<(PlaceKind, string), int>();
        for (var m = start; m < end; m++)
        {
            kinds[first[m].Kind] = kinds.GetValueOrDefault(first[m].Kind) + 1;
            if (first[m].CountryCode is { } c) countries[(first[m].Kind, c)] = countries.GetValueOrDefault((first[m].Kind, c)) + 1;
        }
        var others = end - start - 1;
        // The two most frequent kinds and, per kind, the two most frequent countries are enough to answer for every
        // member once its own vote is taken away.
        var topKinds = kinds.OrderByDescending(kv => kv.Value).Take(2).ToArray();
        var topCountries = countries.GroupBy(kv => kv.Key.Item1)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(kv => kv.Value).Take(2).Select(kv => (Country: kv.Key.Item2, kv.Value)).ToArray());
        for (var m = start; m < end; m++)
        {
            var self = first[m];
            var (kind, votes) = topKinds.Select(kv => (kv.Key, Votes: kv.Value - (kv.Key == self.Kind ? 1 : 0))).MaxBy(kv => kv.Votes);
            if (votes < 2 || votes < 0.6 * others)
            {
                shared[m] = (null, null);
                continue;
            }
            if (kind is not (PlaceKind.Admin1 or PlaceKind.Admin2 or PlaceKind.City))
            {
                shared[m] = (kind, null);
                continue;
            }
            var top = topCountries.GetValueOrDefault(kind, [])
                .Select(t => (t.Country, Votes: t.Value - (self.Kind == kind && self.CountryCode == t.Country ? 1 : 0)))
                .ToArray();
            if (top.Length == 0)
            {
                shared[m] = (kind, null);
                continue;
            }
            var (country, countryVotes) = top.MaxBy(t => t.Votes);
            shared[m] = (kind, countryVotes >= 0.6 * votes ? country : null);
        }
    }
}
