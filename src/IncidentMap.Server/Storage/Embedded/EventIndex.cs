using IncidentMap.Geoparsing.Parsing;
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
    private readonly Dictionary<(string Type, DatePrecision Precision), SortedSet<(DateOnly Date, long Incident)>> _byTypeAndDate = [];
    private readonly List<EventChange> _changes = [];

    public void Index(StoredIncident incident, bool add)
    {
        if (incident.Date is not { } date || incident.Location is null) return;
        lock (_sync)
        {
            var key = (incident.Type, incident.DatePrecision);
            if (!_byTypeAndDate.TryGetValue(key, out var set)) _byTypeAndDate[key] = set = [];
            if (add) set.Add((date, incident.Id));
            else set.Remove((date, incident.Id));
        }
    }

    /// <summary>Located incidents of the type whose date span can meet [first, last]: days inside it, weeks and months
    /// that start inside it or far enough before it.</summary>
    public List<long> IncidentsMeeting(string type, DateOnly first, DateOnly last)
    {
        lock (_sync)
        {
            var found = new List<long>();
            foreach (var precision in Enum.GetValues<DatePrecision>())
            {
                if (!_byTypeAndDate.TryGetValue((type, precision), out var set)) continue;
                var from = first.AddDays(-EventRules.LeadDays(precision));
                found.AddRange(set.GetViewBetween((from, long.MinValue), (last, long.MaxValue)).Select(x => x.Incident));
            }
            return found;
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
