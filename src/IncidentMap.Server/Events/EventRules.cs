using IncidentMap.Geoparsing.Parsing;
using IncidentMap.Geoparsing.Places;

namespace IncidentMap.Server.Events;

/// <summary>
/// When two incidents from different articles report the same happening: the same type with a compatible subtype,
/// dates whose spans meet (the same day for two days; the day inside the week or month a coarser report gives), and
/// locations that coincide within what their precision allows — 25 km between two towns, 150 km within one country
/// when a region is involved, the same country (or for seas, 500 km) when a report names only a country, sea,
/// airspace or border.
/// </summary>
public static class EventRules
{
    public const double TownKm = 25;
    public const double RegionKm = 150;
    public const double SeaKm = 500;

    /// <summary>Types whose subtypes outlets mix up for one happening: a drone strike reported as a missile attack or
    /// as shelling; a drone in the airspace reported as shot down. Other types need the same subtype.</summary>
    private static readonly HashSet<string> _looseSubtypes = new(StringComparer.Ordinal)
    {
        IncidentTypes.RemoteViolence,
        IncidentTypes.AirspaceIncidents,
    };

    public static bool Linked(EventMember a, EventMember b) =>
        a.ArticleId != b.ArticleId
        && a.Groupable && b.Groupable
        && a.Type == b.Type
        && (a.Subtype == b.Subtype || _looseSubtypes.Contains(a.Type))
        && DatesMeet(a, b)
        && PlacesMeet(a, b);

    public static bool DatesMeet(EventMember a, EventMember b)
    {
        var (af, al) = a.Span;
        var (bf, bl) = b.Span;
        return af <= bl && bf <= al;
    }

    public static bool PlacesMeet(EventMember a, EventMember b)
    {
        var km = Geodesy.DistanceKm(a.Lat, a.Lon, b.Lat, b.Lon);
        var shareCountry = a.Countries.Any(b.Countries.Contains);
        return Math.Max(a.GeoPrecision ?? 3, b.GeoPrecision ?? 3) switch
        {
            1 => km <= TownKm,
            2 => km <= RegionKm && (shareCountry || a.Countries.Count == 0 || b.Countries.Count == 0),
            _ => shareCountry || (a.Countries.Count == 0 && b.Countries.Count == 0 && km <= SeaKm) || km < 0.001,
        };
    }

    /// <summary>How far (in days) a candidate's date can lie before the first day of a member's span and still meet
    /// it: a candidate's date is the first day of its own span, which is a day, a week or at most a month long.</summary>
    public static int LeadDays(DatePrecision precision) => precision switch
    {
        DatePrecision.Week => 6,
        DatePrecision.Month => 30,
        _ => 0,
    };

    /// <summary>How far (in km) a candidate can lie from a member and still meet it, given the coarser precision of
    /// the two; at precision 3 a shared country is enough, whatever the distance.</summary>
    public static double ReachKm(int coarser) => coarser switch
    {
        1 => TownKm,
        2 => RegionKm,
        _ => SeaKm,
    };
}
