using IncidentMap.Server.Events;
using Microsoft.EntityFrameworkCore;

namespace IncidentMap.Server.Storage.PostGis;

public sealed partial class PostGisIncidentStore
{
    public async Task<Page<StoredEvent>> QueryEventsAsync(IncidentFilter filter, CancellationToken cancellationToken)
    {
        await using var db = await _readContexts.CreateDbContextAsync(cancellationToken);
        // The events layer shows where things happened: an event none of whose reports is located is not on it.
        var events = db.Events.AsNoTracking().Where(e => e.Location != null);
        if (filter.Bbox is { } box)
        {
            var polygon = Polygons(box);
            events = events.Where(e => e.Location != null && e.Location.Intersects(polygon));
        }
        var (from, to) = StoredIncidents.Days(filter);
        if (from is { } first) events = events.Where(e => e.Date >= first);
        if (to is { } last) events = events.Where(e => e.Date <= last);
        if (filter.Types is { Count: > 0 } list)
        {
            var types = list.ToArray();
            events = events.Where(e => types.Contains(e.Type) || types.Contains(e.Subtype));
        }
        if (filter.Country is { } country) events = events.Where(e => e.Countries.Contains(country));
        if (filter.ArticleId is { } article) events = events.Where(e => db.Incidents.Any(i => i.EventId == e.Id && i.ArticleId == article));
        var total = await events.LongCountAsync(cancellationToken);
        var rows = await events.OrderByDescending(e => e.Date != null).ThenByDescending(e => e.Date).ThenByDescending(e => e.Id)
            .Skip(filter.Offset).Take(filter.Limit).ToListAsync(cancellationToken);
        return new Page<StoredEvent>(await ViewsAsync(db, rows, cancellationToken), total);
    }

    public async Task<IReadOnlyList<StoredEvent>> GetEventsAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToArray();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Events.AsNoTracking().Where(e => wanted.Contains(e.Id)).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        return await ViewsAsync(db, rows, cancellationToken);
    }

    public async Task<int> GroupUngroupedAsync(int max, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({IngestLock})", cancellationToken);
        var ids = await db.Incidents.Where(i => i.EventId == null).OrderBy(i => i.Id).Select(i => i.Id).Take(max).ToArrayAsync(cancellationToken);
        if (ids.Length == 0) return 0;
        var (grouped, _, _) = await RegroupAsync(db, await PostGisEvents.MembersAsync(db, ids, cancellationToken), new HashSet<long>(), [], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return grouped;
    }

    public async Task<IReadOnlyList<EventChange>> ReadEventChangesAsync(long afterId, int max, CancellationToken cancellationToken)
    {
        await using var db = await _readContexts.CreateDbContextAsync(cancellationToken);
        return await db.EventChanges.AsNoTracking().Where(c => c.Id > afterId).OrderBy(c => c.Id).Take(max)
            .Select(c => new EventChange(c.Id, c.EventId, c.Removed, c.ChangedAt)).ToListAsync(cancellationToken);
    }

    public async Task<long> LastEventChangeIdAsync(CancellationToken cancellationToken)
    {
        await using var db = await _readContexts.CreateDbContextAsync(cancellationToken);
        return await db.EventChanges.MaxAsync(c => (long?)c.Id, cancellationToken) ?? 0;
    }

    public async Task PruneEventChangesAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.EventChanges.Where(c => c.ChangedAt < before).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Regroups around the seeds and writes the outcome, inside the caller's transaction and ingest lock;
    /// returns how many of the incidents were in no event before, the events created, and the event of every incident
    /// whose event was written.</summary>
    private static async Task<(int NewlyGrouped, EventPlan Plan, Dictionary<long, long> Assignments)> RegroupAsync(
        IncidentDbContext db, IEnumerable<EventMember> seeds, IReadOnlySet<long> gone, long[] emptied, CancellationToken cancellationToken)
    {
        var groups = await EventRegrouping.RegroupAsync(seeds, (members, ct) => PostGisEvents.CandidatesAsync(db, members, gone, ct), cancellationToken);
        var before = groups.SelectMany(g => g).Select(m => m.EventId).OfType<long>().Concat(emptied).Distinct().ToArray();
        var plan = EventPlan.Of(groups, await PostGisEvents.SummariesAsync(db, before, cancellationToken), emptied);
        var assignments = await PostGisEvents.WriteAsync(db, plan, DateTimeOffset.UtcNow, cancellationToken);
        return (groups.Sum(g => g.Count(m => m.EventId is null)), plan, assignments);
    }

    /// <summary>The stored views of event rows: their incidents and every copy of those incidents' articles.</summary>
    private static async Task<List<StoredEvent>> ViewsAsync(IncidentDbContext db, List<EventRow> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0) return [];
        var ids = rows.Select(r => (long?)r.Id).ToArray();
        var incidents = (await Project(db.Incidents.Where(i => ids.Contains(i.EventId))).ToListAsync(cancellationToken))
            .ToLookup(i => i.EventId!.Value);
        var articles = incidents.SelectMany(g => g).Select(i => i.Article.Id).Distinct().ToArray();
        var sources = (await db.ArticleSources.AsNoTracking().Where(s => articles.Contains(s.ArticleId)).OrderBy(s => s.Id)
                .Select(s => new EventSource(s.ArticleId, s.Outlet, s.Url, s.Title, s.Published)).ToListAsync(cancellationToken))
            .ToLookup(s => s.ArticleId);
        return [.. rows.Select(row =>
        {
            var members = incidents[row.Id].ToList();
            var summary = PostGisEvents.Summary(row, [.. members.Select(i => i.Id).Order()]);
            return EventViews.Stored(row.Id, summary, members, members.Select(i => i.Article.Id).Distinct().SelectMany(a => sources[a]), row.FirstSeen, row.UpdatedAt);
        })];
    }
}
