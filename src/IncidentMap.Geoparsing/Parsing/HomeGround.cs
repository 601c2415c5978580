using IncidentMap.Geoparsing.Places;

namespace IncidentMap.Geoparsing.Parsing;

/// <summary>
/// Where the article is from and about, read from its names before any is settled: each mention votes for the
/// first-level divisions and countries its candidates lie in, in proportion to how likely each candidate is on
/// prominence and phrase alone, so "Puryear" (one candidate), "Tenn." and "Henry County" (ten states) speak for
/// Tennessee while a bare "Paris" speaks for France. A dateline or first place counts double; a name qualified by its
/// neighbour ("Murray, Kentucky") votes only for the readings the neighbour contains. A name never votes for itself:
/// each mention sees the home ground of the others.
/// </summary>
internal sealed class HomeGround
{
    /// <summary>The first mention (a dateline, or the first place) weighs this much more than the others.</summary>
    private const double _openingWeight = 2.0;

    private readonly Dictionary<string, double> _admin1 = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _country = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, double>> _ownAdmin1 = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, double>> _ownCountry = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Code, double Share)> _admin1Focus = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _ownTotal = new(StringComparer.Ordinal);
    private double _total;

    /// <summary>The home ground of an article that names no place.</summary>
    public static HomeGround None { get; } = new();

    /// <summary>Reads the home ground in two rounds. <paramref name="priors"/>[m][c] is candidate c's prior score for
    /// mention m; its share of the mention's belief is a softmax of the priors, and in the second round of the priors
    /// plus the pull of the first round's home ground, so that "Henry County" (ten states) leans to Tennessee once
    /// "Tennessee" and "Puryear" have spoken. <paramref name="qualified"/>[m], where set, lists the candidates a
    /// neighbour contains; that neighbour ("France" in "Paris, France") then votes only through the name it qualifies.
    /// The occurrences of one name, qualified or not, are one voice, which never counts for the name itself.</summary>
    public static HomeGround From(List<MentionDraft> mentions, double[][] priors, bool[]?[] qualified, double pull)
    {
        var first = Collect(mentions, priors, qualified, null, pull);
        return Collect(mentions, priors, qualified, first, pull);
    }

    private static HomeGround Collect(List<MentionDraft> mentions, double[][] priors, bool[]?[] qualified, HomeGround? earlier, double pull)
    {
        var ground = new HomeGround();
        var belief = new double[Resolver.MaxCandidates];
        for (var m = 0; m < mentions.Count; m++)
        {
            if (m > 0 && qualified[m - 1] is not null) continue;
            var weight = m == 0 && mentions.Count > 1 ? _openingWeight : 1.0;
            var (key, candidates, prior, only) = (mentions[m].Key, mentions[m].Candidates, priors[m], qualified[m]);
            var top = double.MinValue;
            for (var c = 0; c < prior.Length; c++)
            {
                belief[c] = only is not null && !only[c] ? double.MinValue : prior[c] + (earlier?.Pull(candidates[c], key, pull) ?? 0);
                top = Math.Max(top, belief[c]);
            }
            var sum = 0.0;
            for (var c = 0; c < prior.Length; c++) sum += belief[c] = belief[c] == double.MinValue ? 0 : Math.Exp(belief[c] - top);
            for (var c = 0; c < prior.Length; c++)
            {
                if (belief[c] <= 0) continue;
                var place = candidates[c];
                ground.Vote(key, Admin1Of(place), place.Kind == PlaceKind.Country ? place.Code : place.CountryCode, weight * belief[c] / sum);
            }
            ground._total += weight;
            ground._ownTotal[key] = ground._ownTotal.GetValueOrDefault(key) + weight;
        }
        return ground;
    }

    /// <summary>What lying in the home ground adds to a division's, county's or town's score: <paramref name="pull"/>
    /// times the share of the other names in its division.</summary>
    public double Pull(Place place, string key, double pull) => Admin1Of(place) is { } division ? pull * Admin1Share(division, key) : 0;

    /// <summary>The first-level division a place lies in (itself for a division), where known.</summary>
    public static string? Admin1Of(Place place) => place.Kind switch
    {
        PlaceKind.Admin1 => place.Code,
        PlaceKind.City or PlaceKind.Admin2 => place.Admin1Code,
        _ => null,
    };

    private void Vote(string key, string? admin1, string? country, double vote)
    {
        if (admin1 is not null) Add(_admin1, _ownAdmin1, key, admin1, vote);
        if (country is not null) Add(_country, _ownCountry, key, country, vote);
    }

    private static void Add(Dictionary<string, double> all, Dictionary<string, Dictionary<string, double>> own, string key, string code, double vote)
    {
        all[code] = all.GetValueOrDefault(code) + vote;
        if (!own.TryGetValue(key, out var mine)) own[key] = mine = new Dictionary<string, double>(StringComparer.Ordinal);
        mine[code] = mine.GetValueOrDefault(code) + vote;
    }

    /// <summary>The share, 0 to 1, of the other names' belief that lies in first-level division <paramref name="admin1"/>.</summary>
    public double Admin1Share(string admin1, string key) => Share(_admin1, _ownAdmin1, admin1, key);

    /// <summary>The share, 0 to 1, of the other names' belief that lies in <paramref name="country"/> (alpha-3).</summary>
    public double CountryShare(string country, string key) => Share(_country, _ownCountry, country, key);

    /// <summary>Whether names other than <paramref name="key"/> speak for the home ground.</summary>
    public bool HasOtherVoices(string key) => _total - _ownTotal.GetValueOrDefault(key) > 0;

    /// <summary>The division most of the other names lie in, with its share; null when there are no others.</summary>
    public (string Code, double Share)? Admin1Focus(string key)
    {
        if (_admin1Focus.TryGetValue(key, out var known)) return known.Code.Length == 0 ? null : known;
        var best = ("", 0.0);
        foreach (var code in _admin1.Keys)
        {
            var share = Admin1Share(code, key);
            if (share > best.Item2) best = (code, share);
        }
        _admin1Focus[key] = best;
        return best.Item1.Length == 0 ? null : best;
    }

    private double Share(Dictionary<string, double> all, Dictionary<string, Dictionary<string, double>> own, string code, string key)
    {
        var mine = own.GetValueOrDefault(key);
        var votes = all.GetValueOrDefault(code) - (mine?.GetValueOrDefault(code) ?? 0);
        var total = _total - _ownTotal.GetValueOrDefault(key);
        return total <= 0 || votes <= 1e-9 ? 0 : Math.Min(1, votes / total);
    }
}
