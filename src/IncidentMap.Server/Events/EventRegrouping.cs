namespace IncidentMap.Server.Events;

/// <summary>
/// Regroups the incidents around a change: starting from the incidents added (or the neighbours of those removed), it
/// gathers every incident linked to them, directly or through others — the whole set whose events the change can
/// touch — and groups that set afresh. Since grouping depends on the set alone, events come out the same whatever the
/// order articles arrived in. A store calls it inside its write transaction with its own candidate lookup.
/// </summary>
public static class EventRegrouping
{
    /// <summary>The most incidents one regrouping gathers: beyond this a chain of reports stops growing.</summary>
    public const int MaxIncidents = 5000;

    /// <summary>The members possibly linked to one member (a superset: dates that can meet its span, within reach of
    /// it for their precisions), as the store finds them.</summary>
    public delegate Task<IReadOnlyList<EventMember>> Candidates(EventMember member, CancellationToken cancellationToken);

    public static async Task<IReadOnlyList<List<EventMember>>> RegroupAsync(IEnumerable<EventMember> seeds, Candidates candidates, CancellationToken cancellationToken)
    {
        var found = new Dictionary<long, EventMember>();
        var queue = new Queue<EventMember>();
        foreach (var seed in seeds)
        {
            if (found.TryAdd(seed.IncidentId, seed)) queue.Enqueue(seed);
        }
        while (queue.Count > 0 && found.Count < MaxIncidents)
        {
            var member = queue.Dequeue();
            if (!member.Groupable) continue;
            foreach (var candidate in await candidates(member, cancellationToken))
            {
                if (found.Count >= MaxIncidents) break;
                if (!found.ContainsKey(candidate.IncidentId) && EventRules.Linked(member, candidate))
                {
                    found.Add(candidate.IncidentId, candidate);
                    queue.Enqueue(candidate);
                }
            }
        }
        return EventGrouping.Group([.. found.Values.OrderBy(m => m.IncidentId)]);
    }
}
