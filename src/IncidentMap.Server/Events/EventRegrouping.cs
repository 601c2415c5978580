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

    /// <summary>The members possibly linked to each of some members (a superset: dates that can meet its span, within
    /// reach of it for their precisions), as the store finds them: one list per member, in the members' order. A store
    /// answers for all of them at once, so a regrouping costs one lookup per step out from the seeds.</summary>
    public delegate Task<IReadOnlyList<IReadOnlyList<EventMember>>> Candidates(IReadOnlyList<EventMember> members, CancellationToken cancellationToken);

    public static async Task<IReadOnlyList<List<EventMember>>> RegroupAsync(IEnumerable<EventMember> seeds, Candidates candidates, CancellationToken cancellationToken)
    {
        var found = new Dictionary<long, EventMember>();
        var step = new List<EventMember>();
        foreach (var seed in seeds)
        {
            if (found.TryAdd(seed.IncidentId, seed)) step.Add(seed);
        }
        // Breadth first, one step at a time: the set gathered is every incident linked to a seed, whatever the order.
        while (step.Count > 0 && found.Count < MaxIncidents)
        {
            var members = step.Where(m => m.Groupable).ToList();
            step = [];
            if (members.Count == 0) break;
            var lists = await candidates(members, cancellationToken);
            for (var i = 0; i < members.Count && found.Count < MaxIncidents; i++)
            {
                foreach (var candidate in lists[i])
                {
                    if (found.Count >= MaxIncidents) break;
                    if (!found.ContainsKey(candidate.IncidentId) && EventRules.Linked(members[i], candidate))
                    {
                        found.Add(candidate.IncidentId, candidate);
                        step.Add(candidate);
                    }
                }
            }
        }
        return EventGrouping.Group([.. found.Values.OrderBy(m => m.IncidentId)]);
    }
}
