using System.Text.Json;
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

    /// <summary>For each member, in one round trip: the located, dated incidents of its type whose date span can meet its
    /// span and that lie within reach of it for the coarser of the two precisions (or share a country when that is 3).</summary>
    public static async Task<IReadOnlyList<IReadOnlyList<EventMember>>> CandidatesAsync(
        IncidentDbContext db, IReadOnlyList<EventMember> members, IReadOnlySet<long> gone, CancellationToken cancellationToken)
    {
        var lists = members.Select(_ => new List<EventMember>()).ToArray();
        var asked = members.Select((m, k) => (Member: m, K: k)).Where(m => m.Member.Groupable).ToArray();
        if (asked.Length == 0) return lists;
        await using var command = Command(db, $"""
            SELECT m.k, {_memberColumns}
            FROM unnest(@k, @type, @first, @last, @geo, @self, @countries, @lon, @lat, @town, @region, @sea)
                AS m(k, type, first, last, geo, self, countries, lon, lat, town, region, sea)
            -- Read through indexes: the incidents of the type within a town's reach, those located only to a region or
            -- coarser around the date, and, for such a member, every one of the type around the date; the conditions
            -- below decide (one incident may come twice, and is kept once).
            CROSS JOIN LATERAL (
                SELECT * FROM incidents c
                WHERE c.type = m.type AND c.location && ST_Expand(ST_SetSRID(ST_MakePoint(m.lon, m.lat), 4326), m.town)
                UNION ALL
                SELECT * FROM incidents c
                WHERE c.type = m.type AND c.date BETWEEN m.first - 30 AND m.last AND coalesce(c.geo_precision, 3) >= 2
                UNION ALL
                SELECT * FROM incidents c WHERE m.geo >= 2 AND c.type = m.type AND c.date BETWEEN m.first - 30 AND m.last) i
            WHERE i.type = m.type AND i.location IS NOT NULL AND i.id <> m.self
              AND ((i.date_precision = 'Day' AND i.date BETWEEN m.first AND m.last)
                OR (i.date_precision = 'Week' AND i.date BETWEEN m.first - 6 AND m.last)
                OR (i.date_precision = 'Month' AND i.date BETWEEN m.first - 30 AND m.last))
              AND CASE GREATEST(m.geo, coalesce(i.geo_precision, 3))
                  WHEN 1 THEN ST_DWithin(i.location, ST_SetSRID(ST_MakePoint(m.lon, m.lat), 4326), m.town)
                  WHEN 2 THEN ST_DWithin(i.location, ST_SetSRID(ST_MakePoint(m.lon, m.lat), 4326), m.region)
                  ELSE i.countries && ARRAY(SELECT json_array_elements_text(m.countries::json))
                      OR ST_DWithin(i.location, ST_SetSRID(ST_MakePoint(m.lon, m.lat), 4326), m.sea) END
            ORDER BY m.k, i.id
            """);
        var p = command.Parameters;
        p.AddWithValue("k", asked.Select(a => a.K).ToArray());
        p.AddWithValue("type", asked.Select(a => a.Member.Type).ToArray());
        p.AddWithValue("first", asked.Select(a => a.Member.Span.First).ToArray());
        p.AddWithValue("last", asked.Select(a => a.Member.Span.Last).ToArray());
        p.AddWithValue("geo", asked.Select(a => a.Member.GeoPrecision ?? 3).ToArray());
        p.AddWithValue("self", asked.Select(a => a.Member.IncidentId).ToArray());
        p.AddWithValue("countries", asked.Select(a => JsonSerializer.Serialize(a.Member.Countries)).ToArray());
        p.AddWithValue("lon", asked.Select(a => a.Member.Lon).ToArray());
        p.AddWithValue("lat", asked.Select(a => a.Member.Lat).ToArray());
        // Degrees of longitude shrink towards the poles: distances in degrees wide enough at this latitude (an
        // over-wide box only costs candidates, which the rules filter).
        var kmPerDegree = asked.Select(a => 110.0 * Math.Max(0.05, Math.Cos(double.DegreesToRadians(Math.Min(89, Math.Abs(a.Member.Lat) + 5))))).ToArray();
        p.AddWithValue("town", kmPerDegree.Select(k => Math.Min(180, EventRules.ReachKm(1) / k)).ToArray());
        p.AddWithValue("region", kmPerDegree.Select(k => Math.Min(180, EventRules.ReachKm(2) / k)).ToArray());
        p.AddWithValue("sea", kmPerDegree.Select(k => Math.Min(180, EventRules.ReachKm(3) / k)).ToArray());
        await using var r = await command.ExecuteReaderAsync(cancellationToken);
        while (await r.ReadAsync(cancellationToken))
        {
            var member = ReadMember(r, 1);
            var list = lists[r.GetInt32(0)];
            if (!gone.Contains(member.IncidentId) && (list.Count == 0 || list[^1].IncidentId != member.IncidentId)) list.Add(member);
        }
        return lists;
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
    /// logs every change, in one round trip; returns the event of every incident of a changed or new event.</summary>
    public static async Task<Dictionary<long, long>> WriteAsync(IncidentDbContext db, EventPlan plan, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var assignments = new Dictionary<long, long>();
        var changed = plan.Events.Where(e => e.Changed).ToList();
        if (changed.Count == 0 && plan.Removed.Count == 0) return assignments;
        await using var batch = Batch(db);
        foreach (var planned in changed)
        {
            var s = planned.Summary;
            var command = new NpgsqlBatchCommand(planned.ExistingId is null
                ? """
                  WITH e AS (
                      INSERT INTO events (type, subtype, date, date_precision, geo_precision, location, place_name, countries, first_seen, updated_at)
                      VALUES (@type, @subtype, @date, @precision, @geo, CASE WHEN @lon IS NULL THEN NULL ELSE ST_SetSRID(ST_MakePoint(@lon, @lat), 4326) END,
                          @place, @countries, @now, @now)
                      RETURNING id),
                  moved AS (UPDATE incidents SET event_id = (SELECT id FROM e) WHERE id = ANY(@incidents))
                  INSERT INTO event_changes (event_id, removed, changed_at) SELECT id, false, @now FROM e RETURNING event_id
                  """
                : """
                  WITH e AS (
                      UPDATE events SET type = @type, subtype = @subtype, date = @date, date_precision = @precision, geo_precision = @geo,
                          location = CASE WHEN @lon IS NULL THEN NULL ELSE ST_SetSRID(ST_MakePoint(@lon, @lat), 4326) END,
                          place_name = @place, countries = @countries, updated_at = @now
                      WHERE id = @id RETURNING id),
                  moved AS (UPDATE incidents SET event_id = @id WHERE id = ANY(@incidents) AND event_id IS DISTINCT FROM @id)
                  INSERT INTO event_changes (event_id, removed, changed_at) SELECT id, false, @now FROM e RETURNING event_id
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
            batch.BatchCommands.Add(command);
        }
        if (plan.Removed.Count > 0)
        {
            var remove = new NpgsqlBatchCommand("""
                WITH e AS (DELETE FROM events WHERE id = ANY(@ids) RETURNING id)
                INSERT INTO event_changes (event_id, removed, changed_at) SELECT id, true, @now FROM unnest(@ids) AS id ORDER BY id
                """);
            remove.Parameters.AddWithValue("ids", plan.Removed.ToArray());
            remove.Parameters.AddWithValue("now", now);
            batch.BatchCommands.Add(remove);
        }
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        foreach (var planned in changed)
        {
            if (await reader.ReadAsync(cancellationToken))
            {
                var id = reader.GetInt64(0);
                foreach (var incident in planned.Summary.IncidentIds) assignments[incident] = id;
            }
            await reader.NextResultAsync(cancellationToken);
        }
        return assignments;
    }

    /// <summary>Logs a change of the events of these articles' incidents, whose reports changed (a source was added to
    /// the article), for the ingest's batch.</summary>
    public static NpgsqlBatchCommand TouchCommand(long[] articleIds, DateTimeOffset now)
    {
        var command = new NpgsqlBatchCommand("""
            WITH e AS (UPDATE events SET updated_at = @now
                       WHERE id IN (SELECT event_id FROM incidents WHERE article_id = ANY(@articles)) RETURNING id)
            INSERT INTO event_changes (event_id, removed, changed_at) SELECT id, false, @now FROM e ORDER BY id
            """);
        command.Parameters.AddWithValue("articles", articleIds);
        command.Parameters.AddWithValue("now", now);
        return command;
    }

    private static async Task<List<EventMember>> ReadMembersAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var members = new List<EventMember>();
        await using var r = await command.ExecuteReaderAsync(cancellationToken);
        while (await r.ReadAsync(cancellationToken)) members.Add(ReadMember(r, 0));
        return members;
    }

    /// <summary>One member from the member columns, starting at column <paramref name="o"/>.</summary>
    private static EventMember ReadMember(NpgsqlDataReader r, int o)
    {
        var located = !r.IsDBNull(o + 7);
        return new EventMember(r.GetInt64(o), r.GetInt64(o + 1), r.GetString(o + 2), r.GetString(o + 3),
            r.IsDBNull(o + 4) ? null : r.GetFieldValue<DateOnly>(o + 4), Enum.Parse<DatePrecision>(r.GetString(o + 5)),
            located ? (r.IsDBNull(o + 6) ? 3 : r.GetInt32(o + 6)) : null, located ? r.GetDouble(o + 7) : 0, located ? r.GetDouble(o + 8) : 0,
            r.IsDBNull(o + 9) ? null : r.GetString(o + 9), r.GetFieldValue<string[]>(o + 10), r.IsDBNull(o + 11) ? null : r.GetInt64(o + 11));
    }

    private static NpgsqlBatch Batch(IncidentDbContext db) =>
        new((NpgsqlConnection)db.Database.GetDbConnection())
        {
            Transaction = (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction(),
        };

    private static NpgsqlCommand Command(IncidentDbContext db, string sql) =>
        new(sql, (NpgsqlConnection)db.Database.GetDbConnection())
        {
            Transaction = (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction(),
        };
}
