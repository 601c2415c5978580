using NetTopologySuite.Geometries;

namespace IncidentMap.Server.Storage;

/// <summary>
/// How a clusters or timeline count is answered from the cell rollups (<see cref="ClusterGrid.CoarseLevel"/>,
/// <see cref="ClusterGrid.FineLevel"/>) instead of the incidents: the cells wholly inside the bbox come from the
/// rollup at the coarsest level that fits, the ring of finer cells around them from the fine rollup, and the
/// incidents of the cells the bbox's edges cut through are counted one by one. Each incident is thus counted exactly
/// once, so the totals equal the incidents layer's for the same filters.
/// </summary>
/// <param name="ByDay">Use the per-day rollup (cell, day, type): any time range, types but no subtypes nor country.
/// Otherwise the rollup over every date (cell, type, subtype, countries): any type and country filter, no time range.</param>
/// <param name="Levels">The rollup levels summed, coarse to fine; only the last one's edge cells are counted from
/// incidents.</param>
/// <param name="Box">The bbox, or null for the whole world (every cell is then inside).</param>
internal sealed record RollupPlan(bool ByDay, IReadOnlyList<int> Levels, Envelope? Box)
{
    private static readonly HashSet<string> _typesOnly = [.. ClusterGrid.Types.Where(t => !ClusterGrid.Subtypes.Contains(t))];

    /// <summary>The plan for clusters at <paramref name="zoom"/> (null for a timeline), or null when the rollups
    /// cannot answer the filters exactly: an article filter, a bbox across the antimeridian, a zoom past
    /// <see cref="ClusterGrid.FineLevel"/>, or a time range together with a country or subtype filter.</summary>
    public static RollupPlan? For(IncidentFilter filter, int? zoom)
    {
        if (filter.ArticleId is not null || filter.Bbox is { CrossesAntimeridian: true } || zoom > ClusterGrid.FineLevel) return null;
        var timed = filter.From is not null || filter.To is not null;
        bool byDay;
        if (zoom is not null && !timed) byDay = false;
        else if (filter.Country is null && (filter.Types is not { Count: > 0 } types || types.All(_typesOnly.Contains))) byDay = true;
        else return null;
        var coarse = zoom is null or <= ClusterGrid.CoarseLevel;
        int[] levels = filter.Bbox is null ? [coarse ? ClusterGrid.CoarseLevel : ClusterGrid.FineLevel]
            : coarse ? [ClusterGrid.CoarseLevel, ClusterGrid.FineLevel] : [ClusterGrid.FineLevel];
        return new RollupPlan(byDay, levels, filter.Bbox?.Parts[0]);
    }

    /// <summary>Whether a cell at <paramref name="level"/> lies wholly inside the bbox: strictly between the cells of
    /// its edges.</summary>
    public bool Inside(long x, long y, int level)
    {
        if (Box is null) return true;
        var (west, north) = ClusterGrid.Cell(Box.MinX, Box.MaxY, level);
        var (east, south) = ClusterGrid.Cell(Box.MaxX, Box.MinY, level);
        return x > west && x < east && y > north && y < south;
    }

    /// <summary>Four boxes (west, east, north, south) inside the bbox that hold every incident of the bbox outside the
    /// inside cells at <paramref name="level"/>, with a quarter cell to spare.</summary>
    public IReadOnlyList<Envelope> EdgeStrips(int level)
    {
        if (Box is not { } box) return [];
        var (west, north) = ClusterGrid.Cell(box.MinX, box.MaxY, level);
        var (east, south) = ClusterGrid.Cell(box.MaxX, box.MinY, level);
        var spare = 90 / ClusterGrid.Cells(level);
        return [
            new Envelope(box.MinX, Math.Min(box.MaxX, ClusterGrid.LonOf(west + 1, level) + spare), box.MinY, box.MaxY),
            new Envelope(Math.Max(box.MinX, ClusterGrid.LonOf(east, level) - spare), box.MaxX, box.MinY, box.MaxY),
            new Envelope(box.MinX, box.MaxX, Math.Max(box.MinY, ClusterGrid.LatOf(north + 1, level) - spare), box.MaxY),
            new Envelope(box.MinX, box.MaxX, box.MinY, Math.Min(box.MaxY, ClusterGrid.LatOf(south, level) + spare)),
        ];
    }
}
