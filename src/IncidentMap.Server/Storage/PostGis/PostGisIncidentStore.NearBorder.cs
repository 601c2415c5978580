namespace IncidentMap.Server.Storage.PostGis;

public sealed partial class PostGisIncidentStore
{
    /// <summary>
    /// One SQL path for every near-border query: a range of the distances kept at ingest for each incident and border
    /// within <see cref="NearBorderQuery.MaxKm"/>, read from the index kept in answer order for the measure asked
    /// (index-only, with the other distance included), joined to the incidents only when a filter needs them; the page
    /// and its count in one round trip. A page after a cursor starts at the cursor's key and takes its count from it.
    /// </summary>
    public async Task<Page<NearBorderIncident>?> QueryNearBorderAsync(NearBorderQuery query, CancellationToken cancellationToken)
    {
        if (query.Km > NearBorderQuery.MaxKm) throw new ArgumentOutOfRangeException(nameof(query), $"At most {NearBorderQuery.MaxKm} km.");
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandTimeout = ReadTimeoutSeconds;
        var p = command.Parameters;
        p.AddWithValue("border", query.BorderId);
        p.AddWithValue("metres", query.Km * 1000);
        var measure = query.ByPoint ? "point_distance_m" : "distance_m";
        var filtered = query.Filter.HasConditions || query.MaxGeoPrecision is not null;
        var join = filtered ? "JOIN incidents i ON i.id = d.incident_id" : "";
        var conditions = $"d.border_id = @border AND d.{measure} <= @metres";
        if (filtered) conditions += " AND " + IncidentConditions.Where(query.Filter with { After = null }, p);
        if (query.MaxGeoPrecision is { } max)
        {
            conditions += " AND i.geo_precision <= @max_precision";
            p.AddWithValue("max_precision", max);
        }
        var count = $"SELECT count(*) AS total FROM incident_border_distances d {join} WHERE {conditions}";
        var pageConditions = conditions;
        if (query.After is { } after)
        {
            count = "SELECT @matched AS total";
            pageConditions += $" AND (d.{measure}, d.incident_id) > (@after_metres, @after_id)";
            p.AddWithValue("matched", after.Matched);
            p.AddWithValue("after_metres", after.Metres);
            p.AddWithValue("after_id", after.IncidentId);
        }
        command.CommandText = $"""
            SELECT EXISTS (SELECT 1 FROM borders WHERE place_id = @border), c.total, page.*
            FROM ({count}) c
            LEFT JOIN LATERAL (
                SELECT {RenderedColumns}, n.distance_m, n.point_distance_m
                FROM (SELECT d.incident_id, d.distance_m, d.point_distance_m FROM incident_border_distances d {join}
                      WHERE {pageConditions} ORDER BY d.{measure}, d.incident_id{IncidentConditions.Page(query.Filter)}) n
                JOIN incidents i ON i.id = n.incident_id
                ORDER BY n.{measure}, n.incident_id) page ON TRUE
            ORDER BY page.{measure}, page.id
            """;
        var items = new List<NearBorderIncident>();
        long total = 0;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                if (!reader.GetBoolean(0)) return null;
                total = reader.GetInt64(1);
                if (reader.IsDBNull(2)) break;
                var (outline, point) = (reader.GetDouble(8), reader.GetDouble(9));
                items.Add(new NearBorderIncident(ReadRendered(reader, 2), new BorderDistance(outline / 1000, point / 1000), query.ByPoint ? point : outline));
            }
        }
        return new Page<NearBorderIncident>(items, total);
    }
}
