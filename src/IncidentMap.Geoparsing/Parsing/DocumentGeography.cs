using IncidentMap.Geoparsing.Places;

namespace IncidentMap.Geoparsing.Parsing;

/// <summary>
/// The article's own geography from a first reading: which countries and regions it names, and where its
/// unambiguous places lie. Later readings prefer candidates inside it.
/// </summary>
internal sealed class DocumentGeography
{
    internal const int MaxAnchors = 24;

    /// <summary>Proximity counts anchors up to this far.</summary>
    private const double _farthestCounted = 500;

    /// <summary>Kilometres per degree of latitude, a lower bound of the distance a latitude difference spans.</summary>
    private const double _kmPerDegree = 111.0;

    private readonly Dictionary<string, double> _countryWeight = new(StringComparer.Ordinal);
    private readonly HashSet<string> _admin1 = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Country, double Weight)> _contributionByKey = new(StringComparer.Ordinal);
    private readonly List<(Place Place, string Key)> _anchors = [];
    private readonly Dictionary<(string Key, Place Place), double> _nearest = [];
    private double _total;

    /// <summary>Reads the first readings. The neighbour that qualifies a name ("France" in "Paris, France") speaks
    /// as part of that name: it does not vouch for the name's other occurrences.</summary>
    public static DocumentGeography From(List<MentionDraft> mentions, Place[] first, bool[]?[] qualified)
    {
        var geography = new DocumentGeography();
        for (var m = 0; m < mentions.Count; m++)
        {
            var place = first[m];
            var sure = mentions[m].Candidates.Count == 1 || mentions[m].CountryConstraint is not null ? 1.5 : 1.0;
            var (country, weight) = place.Kind switch
            {
                PlaceKind.Country => (place.Code, 1.0),
                // A region inside one country ("Java", "New England") speaks for it like a province.
                PlaceKind.Admin1 or PlaceKind.Region => (place.CountryCode, 0.7 * sure),
                PlaceKind.City or PlaceKind.Admin2 => (place.CountryCode, 0.4 * sure),
                _ => (null, 0.0),
            };
            if (country is not null)
            {
                geography._countryWeight[country] = geography._countryWeight.GetValueOrDefault(country) + weight;
                geography._total += weight;
                // Repeats of one name count once against it: a name does not vouch for itself.
                var key = m > 0 && qualified[m - 1] is not null ? mentions[m - 1].Key : mentions[m].Key;
                var own = geography._contributionByKey.GetValueOrDefault(key);
                geography._contributionByKey[key] = (own.Country is null || own.Country == country ? country : own.Country, own.Weight + weight);
            }
            if (place.Kind == PlaceKind.Admin1 && place.Code is { } code) geography._admin1.Add(code);
            if (place.Kind is PlaceKind.City or PlaceKind.Admin1 or PlaceKind.Admin2 && geography._anchors.Count < MaxAnchors
                && (mentions[m].Candidates.Count == 1 || place.Kind == PlaceKind.Admin1 || place.Population > 500_000))
            {
                geography._anchors.Add((place, mentions[m].Key));
            }
        }
        return geography;
    }

    /// <summary>The share of the article's geography (other names) that lies in <paramref name="country"/>, 0 to 1.</summary>
    public double CountryShare(string country, string key)
    {
        var own = _contributionByKey.GetValueOrDefault(key);
        var weight = _countryWeight.GetValueOrDefault(country) - (own.Country == country ? own.Weight : 0);
        var total = _total - own.Weight;
        return total <= 0 || weight <= 0 ? 0 : Math.Min(1, 0.5 + 0.5 * weight / total);
    }

    public bool HasAdmin1(string code) => _admin1.Contains(code);

    /// <summary>The distance in km to the nearest of the article's other settled places, when under 500 km; infinity
    /// otherwise, and for places that are not towns, counties or divisions.</summary>
    public double NearestAnchorKm(Place place, string key)
    {
        if (place.Kind is not (PlaceKind.City or PlaceKind.Admin2 or PlaceKind.Admin1) || _anchors.Count == 0) return double.PositiveInfinity;
        if (_nearest.TryGetValue((key, place), out var cached)) return cached;
        // Only anchors within 500 km count; a latitude difference alone puts most others beyond it, without trigonometry.
        var nearest = _farthestCounted;
        foreach (var (anchor, anchorKey) in _anchors)
        {
            if (anchorKey == key || Math.Abs(place.Lat - anchor.Lat) * _kmPerDegree >= nearest) continue;
            nearest = Math.Min(nearest, Geodesy.DistanceKm(place.Lat, place.Lon, anchor.Lat, anchor.Lon));
        }
        if (nearest >= _farthestCounted) nearest = double.PositiveInfinity;
        _nearest[(key, place)] = nearest;
        return nearest;
    }
}
