using IncidentMap.Geoparsing.Parsing;
using IncidentMap.Geoparsing.Places;

namespace IncidentMap.Bench.Resolver;

/// <summary>The classes of the error table. Matched toponyms beyond 161 km: (a) the right place at another point
/// convention, (b) a wrong reading, (c) no candidate of the name is the gold place. Gold toponyms left unmatched:
/// (c) a name the gazetteer does not hold, (d) a recognition miss or a span that differs from the gold one.</summary>
internal static class MissClass
{
    public const string Convention = "a. right place, point convention";
    public const string WrongNear = "b. wrong reading, a candidate within 161 km";
    public const string WrongArea = "b. wrong reading, the right area's point also beyond 161 km";
    public const string NoCandidate = "c. matched, no candidate within 161 km or holding the gold point";
    public const string UnknownName = "c. unmatched, name not in the gazetteer";
    public const string Boundary = "d. unmatched, our span differs";
    public const string Dropped = "d. unmatched, recognised then dropped (no place chosen)";
    public const string NotRecognised = "d. unmatched, not recognised, an entry of the name within 161 km";
    public const string NotRecognisedOtherPlace = "d. unmatched, not recognised, the name's entries all elsewhere";

    /// <summary>The class of a matched toponym beyond 161 km.</summary>
    public static string Far(TracedMention mention, GoldToponym gold)
    {
        var chosen = mention.Chosen!;
        bool Near(Place p) => Geodesy.DistanceKm(p.Lat, p.Lon, gold.Lat, gold.Lon) < 161;
        bool Holds(Place p) => p.Kind != PlaceKind.City && p.Covers(gold.Lat, gold.Lon);
        if (mention.Candidates.Any(Near)) return WrongNear;
        if (Holds(chosen)) return Convention;
        return mention.Candidates.Any(Holds) ? WrongArea : NoCandidate;
    }
}
