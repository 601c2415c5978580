using IncidentMap.Geoparsing.Parsing;
using IncidentMap.Geoparsing.Places;

namespace StoreBench;

/// <summary>
/// Draws incident locations over Europe the way news reports them: mostly towns (by population), then regions,
/// countries, airspace, seas and borders, with the countries around the war in Ukraine reported more often.
/// </summary>
internal sealed class SyntheticEurope
{
    private static readonly HashSet<string> _hotspots = ["UKR", "RUS", "BLR", "POL", "LTU", "LVA", "EST", "MDA", "ROU", "FIN"];
    private static readonly (PlaceKind Kind, double Share)[] _mix =
    [
        (PlaceKind.City, 0.55), (PlaceKind.Admin1, 0.25), (PlaceKind.Country, 0.06), (PlaceKind.Airspace, 0.05),
        (PlaceKind.Sea, 0.04), (PlaceKind.Border, 0.05),
    ];

    private readonly Dictionary<PlaceKind, WeightedPick<Place>> _byKind;
    private readonly (string Type, string Subtype)[] _subtypes;

    public SyntheticEurope(Gazetteer gazetteer, int seed)
    {
        Random = new Random(seed);
        _byKind = _mix.ToDictionary(m => m.Kind, m => new WeightedPick<Place>(
            gazetteer.OfKind(m.Kind).Where(InEurope).Select(p => (p, Weight(p)))));
        _subtypes = [.. IncidentTypes.Subtypes.SelectMany(t => t.Value.Select(s => (t.Key, s)))];
    }

    public Random Random { get; }

    public (Place Place, int GeoPrecision) NextPlace()
    {
        var r = Random.NextDouble();
        foreach (var (kind, share) in _mix)
        {
            if ((r -= share) > 0) continue;
            var place = _byKind[kind].Next(Random);
            return (place, kind switch { PlaceKind.City => 1, PlaceKind.Admin1 => 2, _ => 3 });
        }
        return (_byKind[PlaceKind.City].Next(Random), 1);
    }

    public (string Type, string Subtype) NextSubtype() => _subtypes[Random.Next(_subtypes.Length)];

    /// <summary>A day in 2024–2025.</summary>
    public DateOnly NextDate() => new DateOnly(2024, 1, 1).AddDays(Random.Next(731));

    private static bool InEurope(Place p) => p.Lon is >= -11 and <= 41 && p.Lat is >= 35 and <= 71;

    private static double Weight(Place p)
    {
        var hot = p.Kind == PlaceKind.Border
            ? p.Neighbours.Any(_hotspots.Contains)
            : _hotspots.Contains(p.CountryCode ?? p.Code ?? "");
        var basis = p.Kind == PlaceKind.City ? Math.Sqrt(p.Population + 1000) : 1;
        return basis * (hot ? 4 : 1);
    }
}
