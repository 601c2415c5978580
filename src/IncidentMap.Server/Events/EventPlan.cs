namespace IncidentMap.Server.Events;

/// <summary>One event as regrouping leaves it: the stored event it continues (null for a new one), what it says now,
/// and whether that differs from what was stored.</summary>
public sealed record PlannedEvent(long? ExistingId, EventSummary Summary, bool Changed);

/// <summary>
/// The events a regrouped set of incidents falls into, matched to the events they were in: each group keeps the
/// stored event most of its incidents were in (the largest groups choose first), so an event keeps its id as reports
/// join it; events no group keeps are removed.
/// </summary>
public sealed record EventPlan(IReadOnlyList<PlannedEvent> Events, IReadOnlyList<long> Removed)
{
    /// <summary>How many of the events are new.</summary>
    public int Created => Events.Count(e => e.ExistingId is null);

    /// <param name="groups">The regrouped incidents.</param>
    /// <param name="stored">What the events the incidents were in said before.</param>
    /// <param name="emptied">Events whose incidents were removed (their article deleted): removed unless a group keeps them.</param>
    public static EventPlan Of(IReadOnlyList<List<EventMember>> groups, IReadOnlyDictionary<long, EventSummary> stored, IEnumerable<long>? emptied = null)
    {
        var taken = new HashSet<long>();
        var events = new List<PlannedEvent>(groups.Count);
        foreach (var group in groups.OrderByDescending(g => g.Count).ThenBy(g => g[0].IncidentId))
        {
            var keep = group.Where(m => m.EventId is not null).GroupBy(m => m.EventId!.Value)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
                .Select(g => (long?)g.Key).FirstOrDefault(id => !taken.Contains(id!.Value));
            if (keep is { } id) taken.Add(id);
            var summary = EventSummary.Of(group);
            var changed = keep is not { } existing || !stored.TryGetValue(existing, out var before) || !Same(before, summary);
            events.Add(new PlannedEvent(keep, summary, changed));
        }
        var removed = groups.SelectMany(g => g).Select(m => m.EventId).OfType<long>().Concat(emptied ?? [])
            .Distinct().Where(id => !taken.Contains(id)).Order().ToList();
        return new EventPlan(events, removed);
    }

    private static bool Same(EventSummary a, EventSummary b) =>
        a with { Countries = b.Countries, IncidentIds = b.IncidentIds } == b
        && a.Countries.SequenceEqual(b.Countries) && a.IncidentIds.SequenceEqual(b.IncidentIds);
}
