namespace IncidentMap.Server.Storage.Embedded;

/// <summary>
/// The embedded store's cell rollups, the same as PostGIS's <c>incident_cells</c> and <c>incident_cell_days</c>:
/// located incidents counted per cluster-grid cell at <see cref="ClusterGrid.CoarseLevel"/> and
/// <see cref="ClusterGrid.FineLevel"/>, per type, subtype and countries over every date, and per day and type.
/// Kept by <see cref="MemoryIndex"/> as incidents are added and removed, under its lock.
/// </summary>
internal sealed class CellRollup
{
    private static readonly int[] _levels = [ClusterGrid.CoarseLevel, ClusterGrid.FineLevel];
    private readonly Dictionary<int, Dictionary<CellKey, CellSums>> _cells = _levels.ToDictionary(l => l, _ => new Dictionary<CellKey, CellSums>());
    private readonly Dictionary<int, Dictionary<DayKey, CellSums>> _days = _levels.ToDictionary(l => l, _ => new Dictionary<DayKey, CellSums>());

    /// <summary>Counts the incident in (<paramref name="sign"/> 1) or out (-1). A cell's box only grows.</summary>
    public void Add(StoredIncident incident, int sign)
    {
        if (incident.Location is not { } point) return;
        foreach (var level in _levels)
        {
            var (x, y) = ClusterGrid.Cell(point.X, point.Y, level);
            var countries = string.Join(',', incident.Countries);
            Change(_cells[level], new CellKey(x, y, incident.Type, incident.Subtype, countries), point.X, point.Y, sign, incident.Countries);
            if (incident.Date is { } day) Change(_days[level], new DayKey(day, x, y, incident.Type), point.X, point.Y, sign, []);
        }
    }

    /// <summary>The cells over every date at a level.</summary>
    public IEnumerable<(CellKey Key, CellSums Sums)> Cells(int level) => _cells[level].Select(c => (c.Key, c.Value));

    /// <summary>The cells per day at a level, from and to the days given (both included, open when null).</summary>
    public IEnumerable<(DayKey Key, CellSums Sums)> Days(int level, DateOnly? from, DateOnly? to) =>
        _days[level].Where(d => (from is null || d.Key.Day >= from) && (to is null || d.Key.Day <= to)).Select(d => (d.Key, d.Value));

    private static void Change<TKey>(Dictionary<TKey, CellSums> cells, TKey key, double lon, double lat, int sign, IReadOnlyList<string> countries)
        where TKey : notnull
    {
        if (!cells.TryGetValue(key, out var sums)) cells[key] = sums = new CellSums { Countries = countries };
        sums.Count += sign;
        sums.SumX += sign * lon;
        sums.SumY += sign * lat;
        sums.MinX = Math.Min(sums.MinX, lon);
        sums.MinY = Math.Min(sums.MinY, lat);
        sums.MaxX = Math.Max(sums.MaxX, lon);
        sums.MaxY = Math.Max(sums.MaxY, lat);
        if (sums.Count <= 0) cells.Remove(key);
    }
}

/// <summary>A cell of the rollup over every date.</summary>
internal readonly record struct CellKey(long X, long Y, string Type, string Subtype, string Countries);

/// <summary>A cell of the rollup per day.</summary>
internal readonly record struct DayKey(DateOnly Day, long X, long Y, string Type);

/// <summary>How many incidents a rollup cell holds, the sums of their coordinates and the box they span.</summary>
internal sealed class CellSums
{
    public required IReadOnlyList<string> Countries { get; init; }
    public long Count { get; set; }
    public double SumX { get; set; }
    public double SumY { get; set; }
    public double MinX { get; set; } = double.PositiveInfinity;
    public double MinY { get; set; } = double.PositiveInfinity;
    public double MaxX { get; set; } = double.NegativeInfinity;
    public double MaxY { get; set; } = double.NegativeInfinity;
}
