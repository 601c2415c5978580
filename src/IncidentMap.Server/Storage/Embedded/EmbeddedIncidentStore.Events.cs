using IncidentMap.Geoparsing.Places;
using IncidentMap.Server.Events;

namespace IncidentMap.Server.Storage.Embedded;

public sealed partial class EmbeddedIncidentStore
{
    public Task<Page<StoredEvent>> QueryEventsAsync(IncidentFilter filter, CancellationToken cancellationToken)
    {
        var (from, to) = StoredIncidents.Days(filter);
        var types = filter.Types is { Count: > 0 } t ? t.ToHashSet(StringComparer.Ordinal) : null;
        var ofArticle = filter.ArticleId is { } article ? _memory.IncidentsOf(article).Select(i => i.EventId).OfType<long>().ToHashSet() : null;
        // The events layer shows where things happened: an event none of whose reports is located is not on it.
        var matches = _events.Events().Where(e => e.Summary.Lon is not null
                && (filter.Bbox is not { } box || e.Summary.Lon is { } lon && e.Summary.Lat is { } lat && box.Covers(lon, lat))
                && (from is null || e.Summary.Date >= from)
                && (to is null || e.Summary.Date <= to)
                && (types is null || types.Contains(e.Summary.Type) || types.Contains(e.Summary.Subtype))
                && (filter.Country is null || e.Summary.Countries.Contains(filter.Country))
                && (ofArticle is null || ofArticle.Contains(e.Id)))
            .OrderByDescending(e => e.Summary.Date ?? DateOnly.MinValue).ThenByDescending(e => e.Id)
            .ToList();
        var page = matches.Skip(filter.Offset).Take(filter.Limit).Select(ToStored).ToList();
        return Task.FromResult(new Page<StoredEvent>(page, matches.Count));
    }

    public Task<IReadOnlyList<StoredEvent>> GetEventsAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<StoredEvent>>([.. ids.Distinct().Order().Select(_events.Event).OfType<EventEntry>().Select(ToStored)]);

    public async Task<int> GroupUngroupedAsync(int max, CancellationToken cancellationToken)
    {
        await _writes.WaitAsync(cancellationToken);
        try
        {
            var ungrouped = _memory.Ungrouped(max);
            if (ungrouped.Count == 0) return 0;
            EventWrite events;
            int grouped;
            await using (var transaction = (Microsoft.Data.Sqlite.SqliteTransaction)await Connection.BeginTransactionAsync(cancellationToken))
            {
                (events, grouped, _) = await RegroupAsync(ungrouped.Select(EventMember.From), new HashSet<long>(), [], cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            Follow(events);
            return grouped;
        }
        finally
        {
            _writes.Release();
        }
    }

    public Task<IReadOnlyList<EventChange>> ReadEventChangesAsync(long afterId, int max, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<EventChange>>(_events.ChangesAfter(afterId, max));

    public Task<long> LastEventChangeIdAsync(CancellationToken cancellationToken) => Task.FromResult(_events.LastChangeId());

    public async Task PruneEventChangesAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        await _writes.WaitAsync(cancellationToken);
        try
        {
            await EmbeddedEvents.PruneAsync(Connection, before, cancellationToken);
            _events.Prune(before);
        }
        finally
        {
            _writes.Release();
        }
    }

    /// <summary>Regroups around the seeds and writes the outcome inside the caller's transaction (under the write
    /// lock); also says how many of the incidents were in no event before.</summary>
    private async Task<(EventWrite Write, int NewlyGrouped, int Created)> RegroupAsync(IEnumerable<EventMember> seeds, IReadOnlySet<long> gone, IEnumerable<long> emptied, CancellationToken cancellationToken)
    {
        var groups = await EventRegrouping.RegroupAsync(seeds, (members, _) =>
            Task.FromResult<IReadOnlyList<IReadOnlyList<EventMember>>>([.. members.Select(m => Candidates(m, gone))]), cancellationToken);
        var emptiedEvents = emptied.ToList();
        var stored = _events.Summaries(groups.SelectMany(g => g).Select(m => m.EventId).OfType<long>().Concat(emptiedEvents));
        var plan = EventPlan.Of(groups, stored, emptiedEvents);
        var write = await EmbeddedEvents.WriteAsync(Connection, plan, id => _events.Event(id)?.FirstSeen, DateTimeOffset.UtcNow, cancellationToken);
        return (write, groups.Sum(g => g.Count(m => m.EventId is null)), plan.Created);
    }

    private IReadOnlyList<EventMember> Candidates(EventMember member, IReadOnlySet<long> gone)
    {
        if (!member.Groupable) return [];
        var (first, last) = member.Span;
        var candidates = _events.IncidentsMeeting(member.Type, first, last)
            .Where(id => !gone.Contains(id) && id != member.IncidentId)
            .Select(_memory.Incident).OfType<StoredIncident>()
            .Where(i => Reachable(member, i))
            .Select(EventMember.From).ToList();
        return candidates;
    }

    /// <summary>A cheap test before building a member: near enough for the coarser precision, or in a shared country.</summary>
    private static bool Reachable(EventMember member, StoredIncident incident)
    {
        if (incident.Location is not { } point) return false;
        var coarser = Math.Max(member.GeoPrecision ?? 3, incident.GeoPrecision ?? 3);
        return (coarser >= 3 && incident.Countries.Any(member.Countries.Contains))
            || Geodesy.DistanceKm(member.Lat, member.Lon, point.Y, point.X) <= EventRules.ReachKm(coarser);
    }

    /// <summary>Memory follows a committed event write.</summary>
    private void Follow(EventWrite write)
    {
        _memory.SetEventIds(write.Assignments);
        _events.Apply(write);
    }

    private StoredEvent ToStored(EventEntry row)
    {
        var incidents = row.Summary.IncidentIds.Select(_memory.Incident).OfType<StoredIncident>().ToList();
        var sources = incidents.Select(i => i.Article.Id).Distinct().Order()
            .SelectMany(article => _duplicates.Sources(article).Select(s => new EventSource(article, s.Outlet, s.Url, s.Title, s.Published)))
            .ToList();
        return EventViews.Stored(row.Id, row.Summary, incidents, sources, row.FirstSeen, row.UpdatedAt);
    }
}
