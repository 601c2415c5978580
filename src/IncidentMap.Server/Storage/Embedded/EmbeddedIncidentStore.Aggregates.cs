using NetTopologySuite.Geometries;

namespace IncidentMap.Server.Storage.Embedded;

public sealed partial class EmbeddedIncidentStore
{
    public Task<IReadOnlyList<IncidentCluster>> ClusterIncidentsAsync(IncidentFilter filter, int zoom, CancellationToken cancellationToken)
    {
        var parts = new List<(long X, long Y, string Type, long Count, double SumX, double SumY, Envelope Bounds)>();
        IEnumerable<StoredIncident> rows;
        if (RollupPlan.For(filter, zoom) is { } plan)
        {
            var types = filter.Types?.ToHashSet(StringComparer.Ordinal);
            var (from, to) = StoredIncidents.Days(filter);
            _memory.ReadRollup(rollup =>
            {
                foreach (var (level, coarser) in Levels(plan))
                {
                    var shift = level - zoom;
                    var cells = plan.ByDay
                        ? rollup.Days(level, from, to).Where(d => types is null || types.Contains(d.Key.Type))
                            .Select(d => (d.Key.X, d.Key.Y, d.Key.Type, d.Sums))
                        : rollup.Cells(level)
                            .Where(c => (types is null || types.Contains(c.Key.Type) || types.Contains(c.Key.Subtype))
                                && (filter.Country is null || c.Sums.Countries.Contains(filter.Country)))
                            .Select(c => (c.Key.X, c.Key.Y, c.Key.Type, c.Sums));
                    foreach (var (x, y, type, sums) in cells)
                    {
                        if (!InRollupPart(plan, level, coarser, x, y)) continue;
                        parts.Add((x >> shift, y >> shift, type, sums.Count, sums.SumX, sums.SumY, new Envelope(sums.MinX, sums.MaxX, sums.MinY, sums.MaxY)));
                    }
                }
            });
            rows = EdgeIncidents(plan, filter);
        }
        else rows = Filter(filter).Where(i => i.Location is not null);
        foreach (var i in rows)
        {
            var (x, y) = ClusterGrid.Cell(i.Location!.X, i.Location.Y, zoom);
            parts.Add((x, y, i.Type, 1, i.Location.X, i.Location.Y, i.Location.EnvelopeInternal));
        }
        var clusters = parts.GroupBy(p => (p.X, p.Y)).Select(cell =>
        {
            var bounds = new Envelope();
            foreach (var p in cell) bounds.ExpandToInclude(p.Bounds);
            var count = cell.Sum(p => p.Count);
            var types = cell.GroupBy(p => p.Type, StringComparer.Ordinal).ToDictionary(t => t.Key, t => t.Sum(p => p.Count), StringComparer.Ordinal);
            return new IncidentCluster(count, cell.Sum(p => p.SumX) / count, cell.Sum(p => p.SumY) / count, bounds, types);
        });
        return Task.FromResult<IReadOnlyList<IncidentCluster>>([.. clusters]);
    }

    public Task<IReadOnlyList<DayCount>> CountByDayAsync(IncidentFilter filter, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<DateOnly, long>();
        IEnumerable<StoredIncident> rows;
        if (RollupPlan.For(filter, null) is { } plan)
        {
            var types = filter.Types?.ToHashSet(StringComparer.Ordinal);
            var (from, to) = StoredIncidents.Days(filter);
            _memory.ReadRollup(rollup =>
            {
                foreach (var (level, coarser) in Levels(plan))
                {
                    foreach (var (key, sums) in rollup.Days(level, from, to))
                    {
                        if ((types is null || types.Contains(key.Type)) && InRollupPart(plan, level, coarser, key.X, key.Y))
                            counts[key.Day] = counts.GetValueOrDefault(key.Day) + sums.Count;
                    }
                }
            });
            rows = EdgeIncidents(plan, filter);
        }
        else rows = Filter(filter).Where(i => i.Location is not null);
        foreach (var i in rows)
        {
            if (i.Date is { } day) counts[day] = counts.GetValueOrDefault(day) + 1;
        }
        return Task.FromResult<IReadOnlyList<DayCount>>([.. counts.OrderBy(d => d.Key).Select(d => new DayCount(d.Key, d.Value))]);
    }

    /// <summary>Each level of the plan with the coarser one before it (null for the first).</summary>
    private static IEnumerable<(int Level, int? Coarser)> Levels(RollupPlan plan) =>
        plan.Levels.Select((level, n) => (level, n == 0 ? (int?)null : plan.Levels[n - 1]));

    /// <summary>Whether a rollup cell is counted: inside the bbox at its level, and outside the coarser level's inside
    /// cells (those are counted whole).</summary>
    private static bool InRollupPart(RollupPlan plan, int level, int? coarser, long x, long y) =>
        plan.Inside(x, y, level) && (coarser is not { } c || !plan.Inside(x >> (level - c), y >> (level - c), c));

    /// <summary>The matching incidents of the bbox outside the plan's finest inside cells, each once.</summary>
    private IEnumerable<StoredIncident> EdgeIncidents(RollupPlan plan, IncidentFilter filter)
    {
        var fine = plan.Levels[^1];
        return plan.EdgeStrips(fine)
            .SelectMany(strip => Filter(filter with { Bbox = strip }))
            .DistinctBy(i => i.Id)
            .Where(i => i.Location is { } p && ClusterGrid.Cell(p.X, p.Y, fine) is var (x, y) && !plan.Inside(x, y, fine));
    }
}
