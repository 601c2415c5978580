namespace IncidentMap.Server.Events;

/// <summary>
/// Splits a set of incidents closed under <see cref="EventRules.Linked"/> into events. Precise reports (a town on a
/// day) that are linked, directly or through each other, are one event. A coarser report (a region, a country, a
/// week, a month) joins the one event it is linked to; linked to several, it cannot say which it reports and joins
/// none, so a vague "strikes across Ukraine this week" never merges separate strikes. Coarse reports left over form
/// events among themselves. The result depends on the set alone, never on the order the incidents came in.
/// </summary>
public static class EventGrouping
{
    public static List<List<EventMember>> Group(IReadOnlyList<EventMember> members)
    {
        var precise = members.Where(m => m.Precise).ToList();
        var coarse = members.Where(m => m.Groupable && !m.Precise).ToList();
        var anchors = Components(precise);
        var anchorOf = new Dictionary<long, int>();
        for (var k = 0; k < anchors.Count; k++) foreach (var m in anchors[k]) anchorOf[m.IncidentId] = k;

        var loose = new List<EventMember>();
        foreach (var c in coarse)
        {
            var candidates = precise.Where(p => EventRules.Linked(c, p)).Select(p => anchorOf[p.IncidentId]).Distinct().Take(2).ToList();
            if (candidates.Count == 1) anchors[candidates[0]].Add(c);
            else loose.Add(c);
        }
        var groups = anchors.Concat(Components(loose)).ToList();
        groups.AddRange(members.Where(m => !m.Groupable).Select(m => new List<EventMember> { m }));
        foreach (var group in groups) group.Sort((x, y) => x.IncidentId.CompareTo(y.IncidentId));
        return groups;
    }

    /// <summary>Connected components under <see cref="EventRules.Linked"/> (union-find over all pairs).</summary>
    private static List<List<EventMember>> Components(List<EventMember> members)
    {
        var parent = Enumerable.Range(0, members.Count).ToArray();
        int Find(int i)
        {
            while (parent[i] != i) i = parent[i] = parent[parent[i]];
            return i;
        }
        for (var i = 0; i < members.Count; i++)
        {
            for (var j = i + 1; j < members.Count; j++)
            {
                if (Find(i) != Find(j) && EventRules.Linked(members[i], members[j])) parent[Find(i)] = Find(j);
            }
        }
        return [.. Enumerable.Range(0, members.Count).GroupBy(Find).Select(g => g.Select(i => members[i]).ToList())];
    }
}
