using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;

namespace IncidentMap.Server.Storage.PostGis;

public sealed partial class PostGisIncidentStore
{
    public async Task<IReadOnlyList<IncidentCluster>> ClusterIncidentsAsync(IncidentFilter filter, int zoom, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandTimeout = ReadTimeoutSeconds;
        command.Parameters.AddWithValue("cells", ClusterGrid.Cells(zoom));
        var parts = RollupPlan.For(filter, zoom) is { } plan
            ? RollupParts(plan, filter, zoom, command.Parameters)
            : $"""
              SELECT {ClusterGrid.CellSql}, i.type, 1, ST_X(i.location), ST_Y(i.location), ST_X(i.location), ST_Y(i.location), ST_X(i.location), ST_Y(i.location)
              FROM incidents i WHERE i.location IS NOT NULL AND {IncidentConditions.Where(filter with { After = null }, command.Parameters)}
              """;
        command.CommandText = $"""
            SELECT gx, gy, k, sum(n)::bigint, sum(sx), sum(sy), min(x0), min(y0), max(x1), max(y1)
            FROM ({parts}) AS p(gx, gy, k, n, sx, sy, x0, y0, x1, y1)
            GROUP BY gx, gy, k
            """;
        var cells = new Dictionary<(double, double), (long Count, double X, double Y, Envelope Bounds, Dictionary<string, long> Types)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = (reader.GetDouble(0), reader.GetDouble(1));
            if (!cells.TryGetValue(key, out var cell)) cell = (0, 0, 0, new Envelope(), new Dictionary<string, long>(StringComparer.Ordinal));
            var count = reader.GetInt64(3);
            cell.Types[reader.GetString(2)] = count;
            cell.Bounds.ExpandToInclude(new Envelope(reader.GetDouble(6), reader.GetDouble(8), reader.GetDouble(7), reader.GetDouble(9)));
            cells[key] = (cell.Count + count, cell.X + reader.GetDouble(4), cell.Y + reader.GetDouble(5), cell.Bounds, cell.Types);
        }
        return [.. cells.Values.Select(c => new IncidentCluster(c.Count, c.X / c.Count, c.Y / c.Count, c.Bounds, c.Types))];
    }

    public async Task<IReadOnlyList<DayCount>> CountByDayAsync(IncidentFilter filter, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandTimeout = ReadTimeoutSeconds;
        var parts = RollupPlan.For(filter, null) is { } plan
            ? RollupParts(plan, filter, null, command.Parameters)
              : $"SELECT i.date, 1 FROM incidents i WHERE i.location IS NOT NULL AND i.date IS NOT NULL AND {IncidentConditions.Where(filter with { After = null }, command.Parameters)}";
        command.CommandText = $"SELECT k, sum(n)::bigint FROM ({parts}) AS p(k, n) GROUP BY k ORDER BY k";
        var days = new List<DayCount>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) days.Add(new DayCount(reader.GetFieldValue<DateOnly>(0), reader.GetInt64(1)));
        return days;
    }

    /// <summary>The plan's parts as one UNION ALL: rows of (cell at the zoom, type, count, sums and box) for clusters,
    /// or (day, count) for a timeline (<paramref name="zoom"/> null).</summary>
    private static string RollupParts(RollupPlan plan, IncidentFilter filter, int? zoom, NpgsqlParameterCollection parameters)
    {
        var rollupFilter = RollupConditions(plan, filter, parameters);
        if (plan.Box is { } box)
        {
            parameters.AddWithValue("r_minx", box.MinX);
            parameters.AddWithValue("r_miny", box.MinY);
            parameters.AddWithValue("r_maxx", box.MaxX);
            parameters.AddWithValue("r_maxy", box.MaxY);
        }
        var parts = new List<string>();
        for (var n = 0; n < plan.Levels.Count; n++)
        {
            var level = plan.Levels[n];
            var columns = zoom is { } z
                ? $"r.cx >> {level - z}, r.cy >> {level - z}, r.type, r.count, r.sum_x, r.sum_y, r.min_x, r.min_y, r.max_x, r.max_y"
                : "r.day, r.count";
            // A finer level counts only the ring its coarser level leaves (a coarse cell is its fine cells shifted).
            var outsideCoarser = n == 0 ? "" : $" AND NOT ({Inside(plan, $"r.cx >> {level - plan.Levels[n - 1]}", $"r.cy >> {level - plan.Levels[n - 1]}", plan.Levels[n - 1])})";
            parts.Add($"""
                SELECT {columns} FROM {(plan.ByDay ? "incident_cell_days" : "incident_cells")} r
                WHERE r.level = {level} AND {Inside(plan, "r.cx", "r.cy", level)}{outsideCoarser} AND {rollupFilter}
                """);
        }
        if (plan.Box is not null)
        {
            var fine = plan.Levels[^1];
            var rows = zoom is not null
                ? $"{ClusterGrid.CellSql}, i.type, 1, ST_X(i.location), ST_Y(i.location), ST_X(i.location), ST_Y(i.location), ST_X(i.location), ST_Y(i.location)"
                : "i.date, 1";
            parts.Add($"""
                SELECT {rows} FROM incidents i
                WHERE i.location IS NOT NULL{(zoom is null ? " AND i.date IS NOT NULL" : "")} AND {IncidentConditions.Where(filter with { After = null }, parameters)}
                  AND ({EdgeStrips(fine)})
                  AND NOT ({Inside(plan, $"incident_cell_x(ST_X(i.location), {4 << fine})", $"incident_cell_y(ST_Y(i.location), {4 << fine})", fine)})
                """);
        }
        return string.Join("\nUNION ALL\n", parts);
    }

    private static string Inside(RollupPlan plan, string x, string y, int level) => plan.Box is null ? "TRUE" : $"""
        {x} > incident_cell_x(@r_minx, {4 << level}) AND {x} < incident_cell_x(@r_maxx, {4 << level})
        AND {y} > incident_cell_y(@r_maxy, {4 << level}) AND {y} < incident_cell_y(@r_miny, {4 << level})
        """;

    /// <summary>West, east, north and south strips of the bbox holding its edge cells at the level, with a quarter
    /// cell to spare, so the GiST index reads only them (the exact split is the NOT inside condition).</summary>
    private static string EdgeStrips(int level)
    {
        var cells = 4 << level;
        var spare = (90.0 / cells).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var west = $"(incident_cell_x(@r_minx, {cells}) + 1) * 360.0 / {cells} - 180 + {spare}";
        var east = $"incident_cell_x(@r_maxx, {cells}) * 360.0 / {cells} - 180 - {spare}";
        var north = $"degrees(atan(sinh(pi() * (1 - 2.0 * (incident_cell_y(@r_maxy, {cells}) + 1) / {cells})))) - {spare}";
        var south = $"degrees(atan(sinh(pi() * (1 - 2.0 * incident_cell_y(@r_miny, {cells}) / {cells})))) + {spare}";
        return $"""
            i.location && ST_MakeEnvelope(@r_minx, @r_miny, least(@r_maxx, {west}), @r_maxy, 4326)
            OR i.location && ST_MakeEnvelope(greatest(@r_minx, {east}), @r_miny, @r_maxx, @r_maxy, 4326)
            OR i.location && ST_MakeEnvelope(@r_minx, greatest(@r_miny, {north}), @r_maxx, @r_maxy, 4326)
            OR i.location && ST_MakeEnvelope(@r_minx, @r_miny, @r_maxx, least(@r_maxy, {south}), 4326)
            """;
    }

    /// <summary>The filters a rollup row can answer: type (and subtype) and country over every date, or type and day.</summary>
    private static string RollupConditions(RollupPlan plan, IncidentFilter filter, NpgsqlParameterCollection parameters)
    {
        var sql = "TRUE";
        if (filter.Types is { Count: > 0 } types)
        {
            sql += plan.ByDay ? " AND r.type = ANY(@r_types)" : " AND (r.type = ANY(@r_types) OR r.subtype = ANY(@r_types))";
            parameters.AddWithValue("r_types", types.ToArray());
        }
        if (filter.Country is { } country)
        {
            sql += " AND r.countries @> ARRAY[@r_country]::text[]";
            parameters.AddWithValue("r_country", country);
        }
        var (from, to) = StoredIncidents.Days(filter);
        if (from is { } first)
        {
            sql += " AND r.day >= @r_from";
            parameters.AddWithValue("r_from", NpgsqlDbType.Date, first);
        }
        if (to is { } last)
        {
            sql += " AND r.day <= @r_to";
            parameters.AddWithValue("r_to", NpgsqlDbType.Date, last);
        }
        return sql;
    }
}
