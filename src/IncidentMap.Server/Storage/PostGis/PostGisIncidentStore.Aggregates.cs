using NetTopologySuite.Geometries;

namespace IncidentMap.Server.Storage.PostGis;

public sealed partial class PostGisIncidentStore
{
    public async Task<IReadOnlyList<IncidentCluster>> ClusterIncidentsAsync(IncidentFilter filter, int zoom, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandTimeout = ReadTimeoutSeconds;
        var where = IncidentConditions.Where(filter with { After = null }, command.Parameters);
        command.Parameters.AddWithValue("cells", ClusterGrid.Cells(zoom));
        var types = string.Concat(ClusterGrid.Types.Select((t, n) => $", count(*) FILTER (WHERE i.type = @type{n})"));
        for (var n = 0; n < ClusterGrid.Types.Count; n++) command.Parameters.AddWithValue($"type{n}", ClusterGrid.Types[n]);
        command.CommandText = $"""
            SELECT count(*), avg(ST_X(i.location)), avg(ST_Y(i.location)), min(ST_X(i.location)), min(ST_Y(i.location)),
                   max(ST_X(i.location)), max(ST_Y(i.location)){types}
            FROM incidents i
            WHERE i.location IS NOT NULL AND {where}
            GROUP BY {ClusterGrid.CellSql}
            """;
        var clusters = new List<IncidentCluster>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var byType = new Dictionary<string, long>(StringComparer.Ordinal);
            for (var n = 0; n < ClusterGrid.Types.Count; n++)
            {
                if (reader.GetInt64(7 + n) is > 0 and var count) byType[ClusterGrid.Types[n]] = count;
            }
            clusters.Add(new IncidentCluster(reader.GetInt64(0), reader.GetDouble(1), reader.GetDouble(2),
                new Envelope(reader.GetDouble(3), reader.GetDouble(5), reader.GetDouble(4), reader.GetDouble(6)), byType));
        }
        return clusters;
    }

    public async Task<IReadOnlyList<DayCount>> CountByDayAsync(IncidentFilter filter, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandTimeout = ReadTimeoutSeconds;
        var where = IncidentConditions.Where(filter with { After = null }, command.Parameters);
        command.CommandText = $"SELECT i.date, count(*) FROM incidents i WHERE i.date IS NOT NULL AND {where} GROUP BY i.date ORDER BY i.date";
        var days = new List<DayCount>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) days.Add(new DayCount(reader.GetFieldValue<DateOnly>(0), reader.GetInt64(1)));
        return days;
    }
}
