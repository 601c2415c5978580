using IncidentMap.Server.Events;

namespace IncidentMap.Server.Storage.Embedded;

/// <summary>
/// The embedded store's events in memory: every event, the located and dated incidents by type and date (where
/// grouping looks for candidates), and the change log of the last hours. Updated only after a commit.
/// </summary>
internal sealed class EventIndex
{
    private readonly Lock _sync = new();
    private readonly Dictionary<long, EventEntry> _events = [];
    private readonly Dictionary<string, SortedSet<(DateOnly Date, long Incident)>> _byTypeAndDate = new(StringComparer.Ordinal);
    private readonly List<EventChange> _changes = [];

    public void Index(StoredIncident incident, bool add)
    {
        if (incident.Date is not { } date || incident.Location is null) return;
        lock (_sync)
        {
            if (!_byTypeAndDate.TryGetValue(incident.Type, out var set)) _byTypeAndDate[incident.Type] = set = [];
            if (add) set.Add((date, incident.Id));
            else set.Remove((date, incident.Id));
        }
    }

    /// <summary>Located, dated incidents of the type dated within [from, to].</summary>
    public List<long> IncidentsBetween(string type, DateOnly from, DateOnly to)
    {
        lock (_sync)
        {
            if (!_byTypeAndDate.TryGetValue(type, out var set) || from > to) return [];
            return [.. set.GetViewBetween((from, long.MinValue), (to, long.MaxValue)).Select(x => x.Incident)];
        }
    }

    public EventEntry? Event(long id)
    {
        lock (_sync) return _events.GetValueOrDefault(id);
    }

    public List<EventEntry> Events()
    {
        lock (_sync) return [.. _events.Values];
    }

    public Dictionary<long, EventSummary> Summaries(IEnumerable<long> ids)
    {
        lock (_sync) return ids.Distinct().Where(_events.ContainsKey).ToDictionary(id => id, id => _events[id].Summary);
    }

    public void Apply(EventWrite write)
    {
        lock (_sync)
        {
            foreach (var id in write.Removed) _events.Remove(id);
            foreach (var row in write.Upserted) _events[row.Id] = row;
            _changes.AddRange(write.Changes);
        }
    }

    public void LoadEvent(EventEntry row)
    {
        lock (_sync) _events[row.Id] = row;
    }

    public void LoadChange(EventChange change)
    {
        lock (_sync) _changes.Add(change);
    }

    public List<EventChange> ChangesAfter(long afterId, int max)
    {
        lock (_sync)
        {
            var start = _changes.FindIndex(c => c.Id > afterId);
            return start < 0 ? [] : _changes.GetRange(start, Math.Min(max, _changes.Count - start));
        }
    }

    public long LastChangeId()
    {
        lock (_sync) return _changes.Count == 0 ? 0 : _changes[^1].Id;
    }

    public void Prune(DateTimeOffset before)
    {
        lock (_sync) _changes.RemoveAll(c => c.ChangedAt < before);
    }
}
