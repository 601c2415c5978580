using IncidentMap.Geoparsing.Parsing;
using IncidentMap.Geoparsing.Places;
using IncidentMap.Server.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace IncidentMap.Server.Storage.PostGis;

/// <summary>The SQL side of events on PostGIS, inside the caller's transaction: candidate incidents for grouping, what
/// stored events said, and writing a regrouping with its change log.</summary>
internal static class PostGisEvents
{
    // The place an incident's point belongs to: its most precise place, as IngestPlan chose it.
    private static readonly string _placeRank = "CASE p.kind " + string.Concat(Enum.GetValues<PlaceKind>()
        .Select(k => $"WHEN '{k}' THEN {IngestPlan.Precision(k)} ")) + "ELSE 9 END";

    private static readonly string _memberColumns = $"""
        i.id, i.article_id, i.type, i.subtype, i.date, i.date_precision, i.geo_precision, ST_X(i.location), ST_Y(i.location),
        (SELECT p.name FROM incident_places ip JOIN places p ON p.id = ip.place_id WHERE ip.incident_id = i.id
         ORDER BY {_placeRank}, ip.ordinal LIMIT 1),
        i.countries, i.event_id
        """;

    /// <summary>Located, dated incidents of the member's type whose date span can meet its span and that lie within
    /// reach of it for the coarser of the two precisions (or share a country when that is 3).</summary>
    public static async Task<IReadOnlyList<EventMember>> CandidatesAsync(IncidentDbContext db, EventMember member, IReadOnlySet<long> gone, CancellationToken cancellationToken)
    {
        if (!member.Groupable) return [];
        var (first, last) = member.Span;
        await using var command = Command(db, $"""
            SELECT {_memberColumns} FROM incidents i
            WHERE i.type = @type AND i.location IS NOT NULL AND i.id <> @self
              AND ((i.date_precision = 'Day' AND i.date BETWEEN @first AND @last)
                OR (i.date_precision = 'Week' AND i.date BETWEEN @first - 6 AND @last)
                OR (i.date_precision = 'Month' AND i.date BETWEEN @first - 30 AND @last))
              AND CASE GREATEST(@geo, coalesce(i.geo_precision, 3))
                  WHEN 1 THEN ST_DWithin(i.location, ST_SetSRID(ST_MakePoint(@lon, @lat), 4326), @town)
                  WHEN 2 THEN ST_DWithin(i.location, ST_SetSRID(ST_MakePoint(@lon, @lat), 4326), @region)
                  ELSE i.countries && @countries OR ST_DWithin(i.location, ST_SetSRID(ST_MakePoint(@lon, @lat), 4326), @sea) END
            """);
        var p = command.Parameters;
        p.AddWithValue("type", member.Type);
        p.AddWithValue("first", first);
        p.AddWithValue("last", last);
        p.AddWithValue("geo", member.GeoPrecision ?? 3);
        p.AddWithValue("self", member.IncidentId);
        p.AddWithValue("countries", member.Countries.ToArray());
        p.AddWithValue("lon", member.Lon);
        p.AddWithValue("lat", member.Lat);
        // Degrees of longitude shrink towards the poles: distances in degrees wide enough at this latitude (an
        // over-wide box only costs candidates, which the rules filter).
        var kmPerDegree = 110.0 * Math.Max(0.05, Math.Cos(double.DegreesToRadians(Math.Min(89, Math.Abs(member.Lat) + 5))));
        p.AddWithValue("town", Math.Min(180, EventRules.ReachKm(1) / kmPerDegree));
        p.AddWithValue("region", Math.Min(180, EventRules.ReachKm(2) / kmPerDegree));
        p.AddWithValue("sea", Math.Min(180, EventRules.ReachKm(3) / kmPerDegree));
        var members = await ReadMembersAsync(command, cancellationToken);
        return [.. members.Where(m => !gone.Contains(m.IncidentId))];
    }

    /// <summary>The incidents with these ids as grouping sees them.</summary>
    public static async Task<List<EventMember>> MembersAsync(IncidentDbContext db, long[] incidentIds, CancellationToken cancellationToken)
    {
        await using var command = Command(db, $"SELECT {_memberColumns} FROM incidents i WHERE i.id = ANY(@ids) ORDER BY i.id");
        command.Parameters.AddWithValue("ids", incidentIds);
        return await ReadMembersAsync(command, cancellationToken);
    }

    /// <summary>What the stored events with these ids say now, their incidents included.</summary>
    public static async Task<Dictionary<long, EventSummary>> SummariesAsync(IncidentDbContext db, long[] eventIds, CancellationToken cancellationToken)
    {
        if (eventIds.Length == 0) return [];
        var rows = await db.Events.AsNoTracking().Where(e => eventIds.Contains(e.Id)).ToListAsync(cancellationToken);
        var members = (await db.Incidents.Where(i => i.EventId != null && eventIds.Contains(i.EventId.Value))
                .Select(i => new { i.Id, EventId = i.EventId!.Value }).ToListAsync(cancellationToken))
            .GroupBy(i => i.EventId).ToDictionary(g => g.Key, g => (IReadOnlyList<long>)[.. g.Select(i => i.Id).Order()]);
        return rows.ToDictionary(r => r.Id, r => Summary(r, members.GetValueOrDefault(r.Id) ?? []));
    }

    public static EventSummary Summary(EventRow row, IReadOnlyList<long> incidentIds) =>
        new(row.Type, row.Subtype, row.Date, row.DatePrecision, row.GeoPrecision, row.Location?.X, row.Location?.Y, row.PlaceName, row.Countries, incidentIds);

    /// <summary>Writes the changed and new events, moves their incidents to them, removes the events no group kept, and
    /// logs every change.</summary>
    public static async Task WriteAsync(IncidentDbContext db, EventPlan plan, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var planned in plan.Events.Where(e => e.Changed))
        {
            var s = planned.Summary;
            await using var command = Command(db, planned.ExistingId is null
                ? """
                  WITH e AS (
                      INSERT INTO events (type, subtype, date, date_precision, geo_precision, location, place_name, countries, first_seen, updated_at)
                      VALUES (@type, @subtype, @date, @precision, @geo, CASE WHEN @lon IS NULL THEN NULL ELSE ST_SetSRID(ST_MakePoint(@lon, @lat), 4326) END,
                          @place, @countries, @now, @now)
                      RETURNING id),
                  moved AS (UPDATE incidents SET event_id = (SELECT id FROM e) WHERE id = ANY(@incidents))
                  INSERT INTO event_changes (event_id, removed, changed_at) SELECT id, false, @now FROM e
                  """
                : """
                  WITH e AS (
                      UPDATE events SET type = @type, subtype = @subtype, date = @date, date_precision = @precision, geo_precision = @geo,
                          location = CASE WHEN @lon IS NULL THEN NULL ELSE ST_SetSRID(ST_MakePoint(@lon, @lat), 4326) END,
                          place_name = @place, countries = @countries, updated_at = @now
                      WHERE id = @id RETURNING id),
                  moved AS (UPDATE incidents SET event_id = @id WHERE id = ANY(@incidents) AND event_id IS DISTINCT FROM @id)
                  INSERT INTO event_changes (event_id, removed, changed_at) SELECT id, false, @now FROM e
                  """);
            var p = command.Parameters;
            p.AddWithValue("id", planned.ExistingId ?? 0);
            p.AddWithValue("type", s.Type);
            p.AddWithValue("subtype", s.Subtype);
            p.Add(new NpgsqlParameter<DateOnly?>("date", s.Date));
            p.AddWithValue("precision", s.DatePrecision.ToString());
            p.Add(new NpgsqlParameter<int?>("geo", s.GeoPrecision));
            p.Add(new NpgsqlParameter<double?>("lon", s.Lon));
            p.Add(new NpgsqlParameter<double?>("lat", s.Lat));
            p.AddWithValue("place", (object?)s.PlaceName ?? DBNull.Value);
            p.AddWithValue("countries", s.Countries.ToArray());
            p.AddWithValue("now", now);
            p.AddWithValue("incidents", s.IncidentIds.ToArray());
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        if (plan.Removed.Count > 0) await RemoveAsync(db, [.. plan.Removed], now, cancellationToken);
    }

    /// <summary>Logs a change of events whose reports changed (a source was added to one of their articles).</summary>
    public static async Task TouchAsync(IncidentDbContext db, long[] eventIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (eventIds.Length == 0) return;
        await using var command = Command(db, """
            WITH e AS (UPDATE events SET updated_at = @now WHERE id = ANY(@ids) RETURNING id)
            INSERT INTO event_changes (event_id, removed, changed_at) SELECT id, false, @now FROM e ORDER BY id
            """);
        command.Parameters.AddWithValue("ids", eventIds);
        command.Parameters.AddWithValue("now", now);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task RemoveAsync(IncidentDbContext db, long[] eventIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = Command(db, """
            WITH e AS (DELETE FROM events WHERE id = ANY(@ids) RETURNING id)
            INSERT INTO event_changes (event_id, removed, changed_at) SELECT id, true, @now FROM unnest(@ids) AS id ORDER BY id
            """);
        command.Parameters.AddWithValue("ids", eventIds);
        command.Parameters.AddWithValue("now", now);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<List<EventMember>> ReadMembersAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var members = new List<EventMember>();
        await using var r = await command.ExecuteReaderAsync(cancellationToken);
        while (await r.ReadAsync(cancellationToken))
        {
            var located = !r.IsDBNull(7);
            members.Add(new EventMember(r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetString(3),
                r.IsDBNull(4) ? null : r.GetFieldValue<DateOnly>(4), Enum.Parse<DatePrecision>(r.GetString(5)),
                located ? (r.IsDBNull(6) ? 3 : r.GetInt32(6)) : null, located ? r.GetDouble(7) : 0, located ? r.GetDouble(8) : 0,
                r.IsDBNull(9) ? null : r.GetString(9), r.GetFieldValue<string[]>(10), r.IsDBNull(11) ? null : r.GetInt64(11)));
        }
        return members;
    }

    private static NpgsqlCommand Command(IncidentDbContext db, string sql) =>
        new(sql, (NpgsqlConnection)db.Database.GetDbConnection())
        {
            Transaction = (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction(),
        };
}
