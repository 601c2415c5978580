using IncidentMap.Geoparsing.Parsing;
using IncidentMap.Server.Storage;

namespace IncidentMap.Server.Events;

/// <summary>What event grouping knows of an incident: enough to tell whether two incidents report the same happening
/// and to summarise a group, the same in both stores.</summary>
/// <param name="IncidentId">The incident.</param>
/// <param name="ArticleId">Its article: incidents of one article are never the same happening reported twice.</param>
/// <param name="Type">Incident type.</param>
/// <param name="Subtype">Incident subtype.</param>
/// <param name="Date">The event date; null when undated (such an incident is an event of its own).</param>
/// <param name="DatePrecision">Day, week or month.</param>
/// <param name="GeoPrecision">1 town, 2 region, 3 country, sea, airspace or border; null when unlocated.</param>
/// <param name="Lon">Longitude of its location.</param>
/// <param name="Lat">Latitude of its location.</param>
/// <param name="PlaceName">The name of the place its location is the point of.</param>
/// <param name="Countries">Alpha-3 codes of its places' countries.</param>
/// <param name="EventId">The event it is in now; null when not grouped yet.</param>
public sealed record EventMember(
    long IncidentId,
    long ArticleId,
    string Type,
    string Subtype,
    DateOnly? Date,
    DatePrecision DatePrecision,
    int? GeoPrecision,
    double Lon,
    double Lat,
    string? PlaceName,
    IReadOnlyList<string> Countries,
    long? EventId)
{
    /// <summary>A stored incident as grouping sees it; its place is the most precise of its places, whose point is its location.</summary>
    public static EventMember From(StoredIncident incident)
    {
        var place = incident.Places.OrderBy(p => IngestPlan.Precision(p.Kind)).FirstOrDefault();
        return new EventMember(incident.Id, incident.Article.Id, incident.Type, incident.Subtype, incident.Date, incident.DatePrecision,
            incident.Location is null ? null : incident.GeoPrecision ?? 3, incident.Location?.X ?? 0, incident.Location?.Y ?? 0,
            place?.Name, incident.Countries, incident.EventId);
    }

    /// <summary>Located and dated: only such incidents can report the same happening as another.</summary>
    public bool Groupable => Date is not null && GeoPrecision is not null;

    /// <summary>A town on a day: the reports that anchor an event.</summary>
    public bool Precise => GeoPrecision == 1 && DatePrecision == DatePrecision.Day && Date is not null;

    /// <summary>The days its date stands for: the day, the week from its Monday, or the month.</summary>
    public (DateOnly First, DateOnly Last) Span => Date is not { } d
        ? (DateOnly.MinValue, DateOnly.MinValue)
        : DatePrecision switch
        {
            DatePrecision.Week => (d, d.AddDays(6)),
            DatePrecision.Month => (d, d.AddDays(DateTime.DaysInMonth(d.Year, d.Month) - d.Day)),
            _ => (d, d),
        };
}
