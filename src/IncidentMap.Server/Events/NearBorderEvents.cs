using IncidentMap.Server.Storage;

namespace IncidentMap.Server.Events;

/// <summary>Near-border answered with events: the events of the incidents near the border, each at the distance of
/// its nearest incident, nearest first.</summary>
public static class NearBorderEvents
{
    /// <summary>The most incidents near one border grouped into events per request.</summary>
    public const int MaxIncidents = 100_000;

    public static async Task<Page<(StoredEvent Event, double DistanceKm)>?> QueryAsync(IIncidentStore store, NearBorderQuery query, CancellationToken cancellationToken)
    {
        var incidents = await store.QueryNearBorderAsync(query with { Filter = query.Filter with { Limit = MaxIncidents, Offset = 0 } }, cancellationToken);
        if (incidents is null) return null;
        var nearest = incidents.Items.Where(n => n.Incident.EventId is not null)
            .GroupBy(n => n.Incident.EventId!.Value)
            .Select(g => (EventId: g.Key, DistanceKm: g.Min(n => query.ByPoint ? n.Distance.PointKm : n.Distance.OutlineKm)))
            .OrderBy(e => e.DistanceKm).ThenBy(e => e.EventId)
            .ToList();
        var page = nearest.Skip(query.Filter.Offset).Take(query.Filter.Limit).ToList();
        var events = (await store.GetEventsAsync([.. page.Select(e => e.EventId)], cancellationToken)).ToDictionary(e => e.Id);
        return new Page<(StoredEvent, double)>([.. page.Where(e => events.ContainsKey(e.EventId)).Select(e => (events[e.EventId], e.DistanceKm))], nearest.Count);
    }
}
