using IncidentMap.Geoparsing;
using IncidentMap.Server.Storage;
using NetTopologySuite.Geometries;

namespace IncidentMap.Server.Events;

/// <summary>Builds the stored view of an event from what it says, its incidents and their copies, the same way in both stores.</summary>
public static class EventViews
{
    public static StoredEvent Stored(long id, EventSummary summary, IEnumerable<StoredIncident> incidents, IEnumerable<EventSource> sources,
        DateTimeOffset firstSeen, DateTimeOffset updatedAt) => new()
        {
            Id = id,
            Type = summary.Type,
            Subtype = summary.Subtype,
            Date = summary.Date,
            DatePrecision = summary.DatePrecision,
            GeoPrecision = summary.GeoPrecision,
            Location = summary.Lon is { } lon && summary.Lat is { } lat ? GeometryFactories.Wgs84.CreatePoint(new Coordinate(lon, lat)) : null,
            PlaceName = summary.PlaceName,
            Countries = summary.Countries,
            Incidents = [.. incidents.OrderBy(i => i.Id).Select(i => new EventIncident(i.Id, i.Subtype, i.Date, i.DatePrecision, i.GeoPrecision,
                i.Summary, EventMember.From(i).PlaceName, i.Article.Id, i.Article.Title))],
            // Earliest copy first; a copy without a date after the dated ones.
            Sources = [.. sources.OrderBy(s => s.Published ?? DateTimeOffset.MaxValue).ThenBy(s => s.ArticleId).ThenBy(s => s.Url, StringComparer.Ordinal)],
            FirstSeen = firstSeen,
            UpdatedAt = updatedAt,
        };
}
