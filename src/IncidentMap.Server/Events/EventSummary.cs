using IncidentMap.Geoparsing.Parsing;

namespace IncidentMap.Server.Events;

/// <summary>
/// What an event says, from its incidents alone: its type, the subtype most of them give, the location of its most
/// precise reports (the place most of them name) and the date of its most precise reports (the day most of them
/// give), so a later, more precise report sharpens the event. Ties go to the alphabetically first subtype or place
/// and the earliest date, never to the report that came first.
/// </summary>
public sealed record EventSummary(
    string Type,
    string Subtype,
    DateOnly? Date,
    DatePrecision DatePrecision,
    int? GeoPrecision,
    double? Lon,
    double? Lat,
    string? PlaceName,
    IReadOnlyList<string> Countries,
    IReadOnlyList<long> IncidentIds)
{
    public static EventSummary Of(IReadOnlyList<EventMember> members)
    {
        var subtype = members.GroupBy(m => m.Subtype).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        var located = members.Where(m => m.GeoPrecision is not null).ToList();
        EventMember? where = null;
        if (located.Count > 0)
        {
            var finest = located.Min(m => m.GeoPrecision);
            where = located.Where(m => m.GeoPrecision == finest)
                .GroupBy(m => (m.Lon, m.Lat))
                .OrderByDescending(g => g.Count())
                .ThenBy(g => g.First().PlaceName ?? "", StringComparer.Ordinal).ThenBy(g => g.Key.Lon).ThenBy(g => g.Key.Lat)
                .First().OrderBy(m => m.PlaceName ?? "", StringComparer.Ordinal).First();
        }
        var dated = members.Where(m => m.Date is not null).ToList();
        DateOnly? date = null;
        var precision = DatePrecision.Day;
        if (dated.Count > 0)
        {
            precision = dated.Min(m => m.DatePrecision);
            date = dated.Where(m => m.DatePrecision == precision).GroupBy(m => m.Date)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        }
        return new EventSummary(
            members[0].Type,
            subtype,
            date,
            precision,
            where?.GeoPrecision,
            where?.Lon,
            where?.Lat,
            where?.PlaceName,
            [.. members.SelectMany(m => m.Countries).Distinct().Order(StringComparer.Ordinal)],
            [.. members.Select(m => m.IncidentId).Order()]);
    }
}
