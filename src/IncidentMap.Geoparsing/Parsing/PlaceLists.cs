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
    private const double _sameKind = 2.0;
    private const double _sameCountry = 1.0;
    private const double _otherCountry = 0.5;

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
            if (size >= 4 || size == 3 && coordinated)
            {
                for (var m = start; m < end; m++) shared[m] = SharedByOthers(first, start, end, m);
            }
            start = end;
        }
        return new PlaceLists(shared);
    }

    /// <summary>The bonus for a candidate of list member <paramref name="index"/> that reads like its neighbours.</summary>
    public double Bonus(int index, Place place)
    {
        var (kind, country) = _shared[index];
        if (kind is null || place.Kind != kind) return 0;
        if (country is null) return _sameKind;
        // A division of another country is a weak match for a list of one country's divisions.
        return place.CountryCode == country ? _sameKind + _sameCountry : _otherCountry;
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

    /// <summary>The kind (and, for divisions and towns, the country) most of the other members were first read as.</summary>
    private static (PlaceKind? Kind, string? Country) SharedByOthers(Place[] first, int start, int end, int self)
    {
        var others = end - start - 1;
        var kinds = new Dictionary<PlaceKind, int>();
        for (var m = start; m < end; m++)
        {
            if (m != self) kinds[first[m].Kind] = kinds.GetValueOrDefault(first[m].Kind) + 1;
        }
        var (kind, votes) = kinds.MaxBy(kv => kv.Value);
        if (votes < 2 || votes < 0.6 * others) return (null, null);
        if (kind is not (PlaceKind.Admin1 or PlaceKind.Admin2 or PlaceKind.City)) return (kind, null);
        var countries = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var m = start; m < end; m++)
        {
            if (m != self && first[m].Kind == kind && first[m].CountryCode is { } c) countries[c] = countries.GetValueOrDefault(c) + 1;
        }
        if (countries.Count == 0) return (kind, null);
        var (country, countryVotes) = countries.MaxBy(kv => kv.Value);
        return (kind, countryVotes >= 0.6 * votes ? country : null);
    }
}
