namespace IncidentMap.Server.Storage.PostGis;

public sealed partial class PostGisIncidentStore
{
    /// <summary>
    /// One SQL path for every near-border query: a range over the distances kept at ingest for each incident and border
    /// within <see cref="NearBorderQuery.MaxKm"/> (index in answer order), joined to the incidents only when a filter
    /// needs them; the page and its count in one round trip.
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
        command.CommandText = $"""
            SELECT EXISTS (SELECT 1 FROM borders WHERE place_id = @border), c.total, page.*
            FROM (SELECT count(*) AS total FROM incident_border_distances d {join} WHERE {conditions}) c
            LEFT JOIN LATERAL (
                SELECT {RenderedColumns}, n.distance_m, n.point_distance_m
                FROM (SELECT d.incident_id, d.distance_m, d.point_distance_m FROM incident_border_distances d {join}
                      WHERE {conditions} ORDER BY d.{measure}, d.incident_id{IncidentConditions.Page(query.Filter)}) n
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
                items.Add(new NearBorderIncident(ReadRendered(reader, 2), new BorderDistance(reader.GetDouble(8) / 1000, reader.GetDouble(9) / 1000)));
            }
        }
        return new Page<NearBorderIncident>(items, total);
    }
}
