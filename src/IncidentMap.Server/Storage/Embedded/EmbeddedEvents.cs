using System.Globalization;
using System.Text.Json;
using IncidentMap.Geoparsing.Parsing;
using IncidentMap.Server.Events;
using Microsoft.Data.Sqlite;

namespace IncidentMap.Server.Storage.Embedded;

/// <summary>The SQL side of the embedded store's events: writing a regrouping (events, the incidents' event ids and
/// the change log) inside the caller's transaction, and reading it all back at open.</summary>
internal static class EmbeddedEvents
{
    public static async Task<EventWrite> WriteAsync(SqliteConnection connection, EventPlan plan, Func<long, DateTimeOffset?> firstSeenOf,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var upserted = new List<EventEntry>();
        var assignments = new Dictionary<long, long>();
        var changes = new List<EventChange>();
        foreach (var planned in plan.Events.Where(e => e.Changed))
        {
            var id = planned.ExistingId is { } existing
                ? await UpdateAsync(connection, existing, planned.Summary, now, cancellationToken)
                : await InsertAsync(connection, planned.Summary, now, cancellationToken);
            await using (var assign = connection.CreateCommand())
            {
                assign.CommandText = "UPDATE incidents SET event_id = $event WHERE id IN (SELECT value FROM json_each($ids)) AND event_id IS NOT $event";
                Add(assign, "$event", id);
                Add(assign, "$ids", JsonSerializer.Serialize(planned.Summary.IncidentIds));
                await assign.ExecuteNonQueryAsync(cancellationToken);
            }
            foreach (var incident in planned.Summary.IncidentIds) assignments[incident] = id;
            upserted.Add(new EventEntry(id, planned.Summary, planned.ExistingId is { } e ? firstSeenOf(e) ?? now : now, now));
            changes.Add(await LogAsync(connection, id, removed: false, now, cancellationToken));
        }
        foreach (var id in plan.Removed)
        {
            await using (var delete = connection.CreateCommand())
            {
                delete.CommandText = "DELETE FROM events WHERE id = $id";
                Add(delete, "$id", id);
                await delete.ExecuteNonQueryAsync(cancellationToken);
            }
            changes.Add(await LogAsync(connection, id, removed: true, now, cancellationToken));
        }
        return new EventWrite(upserted, plan.Removed, assignments, changes);
    }

    /// <summary>Logs a change of events whose reports changed (a source was added to one of their articles).</summary>
    public static async Task<EventWrite> TouchAsync(SqliteConnection connection, IReadOnlyList<EventEntry> events, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var changes = new List<EventChange>();
        foreach (var row in events)
        {
            await using (var touch = connection.CreateCommand())
            {
                touch.CommandText = "UPDATE events SET updated_at = $now WHERE id = $id";
                Add(touch, "$id", row.Id);
                Add(touch, "$now", Text(now));
                await touch.ExecuteNonQueryAsync(cancellationToken);
            }
            changes.Add(await LogAsync(connection, row.Id, removed: false, now, cancellationToken));
        }
        return new EventWrite([.. events.Select(e => e with { UpdatedAt = now })], [], new Dictionary<long, long>(), changes);
    }

    public static async Task LoadAsync(SqliteConnection connection, MemoryIndex memory, EventIndex index, CancellationToken cancellationToken)
    {
        var members = memory.Incidents(null).Where(i => i.EventId is not null).GroupBy(i => i.EventId!.Value)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<long>)[.. g.Select(i => i.Id).Order()]);
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                SELECT id, type, subtype, date, date_precision, geo_precision, lon, lat, place_name, countries, first_seen, updated_at FROM events
                """;
            await using var r = await command.ExecuteReaderAsync(cancellationToken);
            while (await r.ReadAsync(cancellationToken))
            {
                var summary = new EventSummary(r.GetString(1), r.GetString(2),
                    r.IsDBNull(3) ? null : DateOnly.ParseExact(r.GetString(3), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    Enum.Parse<DatePrecision>(r.GetString(4)), r.IsDBNull(5) ? null : r.GetInt32(5),
                    r.IsDBNull(6) ? null : r.GetDouble(6), r.IsDBNull(7) ? null : r.GetDouble(7), r.IsDBNull(8) ? null : r.GetString(8),
                    JsonSerializer.Deserialize<string[]>(r.GetString(9)) ?? [], members.GetValueOrDefault(r.GetInt64(0)) ?? []);
                index.LoadEvent(new EventEntry(r.GetInt64(0), summary, Time(r.GetString(10)), Time(r.GetString(11))));
            }
        }
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT id, event_id, removed, changed_at FROM event_changes ORDER BY id";
            await using var r = await command.ExecuteReaderAsync(cancellationToken);
            while (await r.ReadAsync(cancellationToken)) index.LoadChange(new EventChange(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2) != 0, Time(r.GetString(3))));
        }
        foreach (var incident in memory.Incidents(null)) index.Index(incident, add: true);
    }

    public static async Task PruneAsync(SqliteConnection connection, DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM event_changes WHERE changed_at < $before";
        Add(command, "$before", Text(before));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<long> InsertAsync(SqliteConnection connection, EventSummary summary, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var command = EmbeddedCommands.Prepared(connection, """
            INSERT INTO events (type, subtype, date, date_precision, geo_precision, lon, lat, place_name, countries, first_seen, updated_at)
            VALUES ($type, $subtype, $date, $precision, $geo, $lon, $lat, $place, $countries, $now, $now) RETURNING id
            """);
        AddSummary(command, summary);
        Add(command, "$now", Text(now));
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task<long> UpdateAsync(SqliteConnection connection, long id, EventSummary summary, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var command = EmbeddedCommands.Prepared(connection, """
            UPDATE events SET type = $type, subtype = $subtype, date = $date, date_precision = $precision, geo_precision = $geo,
                lon = $lon, lat = $lat, place_name = $place, countries = $countries, updated_at = $now
            WHERE id = $id
            """);
        AddSummary(command, summary);
        Add(command, "$now", Text(now));
        Add(command, "$id", id);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return id;
    }

    private static async Task<EventChange> LogAsync(SqliteConnection connection, long eventId, bool removed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO event_changes (event_id, removed, changed_at) VALUES ($event, $removed, $now) RETURNING id";
        Add(command, "$event", eventId);
        Add(command, "$removed", removed ? 1 : 0);
        Add(command, "$now", Text(now));
        return new EventChange((long)(await command.ExecuteScalarAsync(cancellationToken))!, eventId, removed, now);
    }

    private static void AddSummary(SqliteCommand command, EventSummary s)
    {
        Add(command, "$type", s.Type);
        Add(command, "$subtype", s.Subtype);
        Add(command, "$date", s.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(command, "$precision", s.DatePrecision.ToString());
        Add(command, "$geo", s.GeoPrecision);
        Add(command, "$lon", s.Lon);
        Add(command, "$lat", s.Lat);
        Add(command, "$place", s.PlaceName);
        Add(command, "$countries", JsonSerializer.Serialize(s.Countries));
    }

    private static string Text(DateTimeOffset time) => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Time(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    private static void Add(SqliteCommand command, string name, object? value) =>
        command.Parameters.AddWithValue(name, value ?? DBNull.Value);
}
