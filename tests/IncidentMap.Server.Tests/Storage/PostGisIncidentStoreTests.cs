using IncidentMap.Geoparsing.Places;
using IncidentMap.Server.Storage;
using IncidentMap.Server.Storage.PostGis;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace IncidentMap.Server.Tests.Storage;

/// <summary>The store contract on PostgreSQL with PostGIS.</summary>
public sealed class PostGisIncidentStoreTests(PostGisDatabase database) : IncidentStoreContract
{
    private string? _connectionString;

    /// <summary>A store on a fresh database, the way the server builds it.</summary>
    internal static IIncidentStore Create(string connectionString)
    {
        var options = new DbContextOptionsBuilder<IncidentDbContext>();
        IncidentDbContext.Configure(options, new PostGisConnections(connectionString).Primary);
        return new PostGisIncidentStore(new PooledDbContextFactory<IncidentDbContext>(options.Options));
    }

    protected override Task<IIncidentStore> OpenAsync() => OpenAsync(StoreTestData.Gazetteer);

    private async Task<IIncidentStore> OpenAsync(Gazetteer gazetteer)
    {
        _connectionString ??= await database.CreateDatabaseAsync(Token);
        var store = Create(_connectionString);
        await store.InitializeAsync(gazetteer, Token);
        return store;
    }

    protected override Task<IIncidentStore> ReopenAsync(IIncidentStore store, Gazetteer? gazetteer = null) =>
        OpenAsync(gazetteer ?? StoreTestData.Gazetteer);

    protected override Task InjectIncidentPlaceFailureAsync() => ExecuteAsync("""
        CREATE FUNCTION fail_incident_places() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'injected failure'; END $$;
        CREATE TRIGGER fail_incident_places BEFORE INSERT ON incident_places FOR EACH ROW EXECUTE FUNCTION fail_incident_places();
        """);

    protected override Task RemoveIncidentPlaceFailureAsync() =>
        ExecuteAsync("DROP TRIGGER fail_incident_places ON incident_places; DROP FUNCTION fail_incident_places();");

    [Fact]
    public async Task AddArticle_CopyOfAnArticleDeletedWhileItWaitsForItsTurn_IsStoredAsAnArticle()
    {
        // The duplicate lookup runs before the ingest's turn: an article deleted meanwhile must not swallow the copy.
        var original = await AddAsync(Wire("Outlet A", "https://a.example/floods"));
        await using var holder = new NpgsqlConnection(_connectionString);
        await holder.OpenAsync(Token);
        await using var transaction = await holder.BeginTransactionAsync(Token);
        await using (var take = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({PostGisIncidentStore.IngestLock})", holder, transaction))
            await take.ExecuteNonQueryAsync(Token);
        var copy = Wire("Outlet B", "https://b.example/floods");
        var adding = Task.Run(() => Store.AddArticleAsync(copy.Item1, copy.Item2, Token), Token);
        await using (var waiting = new NpgsqlCommand("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted", holder, transaction))
        {
            while ((long)(await waiting.ExecuteScalarAsync(Token))! == 0 && !adding.IsCompleted) await Task.Delay(20, Token);
        }
        await using (var delete = new NpgsqlCommand($"DELETE FROM articles WHERE id = {original.Article.Id}", holder, transaction))
            Assert.Equal(1, await delete.ExecuteNonQueryAsync(Token));
        await transaction.CommitAsync(Token);

        var stored = await adding;

        Assert.True(stored.Created);
        Assert.Null(stored.MatchedBy);
        Assert.Equal(copy.Item1.Text, (await Store.GetArticleAsync(stored.Article.Id, Token))?.Text);
        Assert.Equal(["Outlet B"], (await Store.GetArticleSourcesAsync(stored.Article.Id, Token)).Select(s => s.Outlet));
    }

    [Fact]
    public async Task CellRollups_EqualTheIncidentsCountedAfresh_AfterInsertsUpdatesAndDeletes()
    {
        await AddAsync(Scattered(0, 300));
        var second = await AddAsync(Scattered(1, 300));
        Assert.Equal(0, await RollupDifferencesAsync());
        // An update that moves nothing (as event grouping's), then incidents moved in place, day and type, then removed.
        await ExecuteAsync("UPDATE incidents SET event_id = NULL");
        await ExecuteAsync("""
            UPDATE incidents SET location = ST_SetSRID(ST_MakePoint(ST_Y(location) - 20, ST_X(location) + 30), 4326), date = date + 40,
                type = CASE WHEN id % 3 = 0 THEN 'protests_riots' ELSE type END
            WHERE id % 2 = 0 AND location IS NOT NULL
            """);
        Assert.Equal(0, await RollupDifferencesAsync());
        Assert.True(await Store.DeleteArticleAsync(second.Article.Id, Token));
        Assert.Equal(0, await RollupDifferencesAsync());
        await ExecuteAsync("UPDATE incidents SET location = NULL WHERE id % 5 = 0");
        Assert.Equal(0, await RollupDifferencesAsync());
    }

    /// <summary>Rows in which the cell rollups and a fresh count of the stored incidents differ (cells with their
    /// counts and sums; an emptied cell must be gone).</summary>
    private async Task<long> RollupDifferencesAsync()
    {
        const string cells = """
            SELECT l.level, incident_cell_x(ST_X(i.location), 4 << l.level) cx, incident_cell_y(ST_Y(i.location), 4 << l.level) cy,
                   i.type, i.subtype, i.countries, count(*) count, round(sum(ST_X(i.location))::numeric, 6) sx, round(sum(ST_Y(i.location))::numeric, 6) sy
            FROM incidents i CROSS JOIN (VALUES (4), (8)) l(level) WHERE i.location IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6
            """;
        const string days = """
            SELECT l.level, i.date, incident_cell_x(ST_X(i.location), 4 << l.level) cx, incident_cell_y(ST_Y(i.location), 4 << l.level) cy,
                   i.type, count(*) count, round(sum(ST_X(i.location))::numeric, 6) sx
            FROM incidents i CROSS JOIN (VALUES (4), (8)) l(level) WHERE i.location IS NOT NULL AND i.date IS NOT NULL GROUP BY 1, 2, 3, 4, 5
            """;
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(Token);
        await using var command = new NpgsqlCommand($"""
            SELECT (SELECT count(*) FROM (({cells}) EXCEPT (SELECT level, cx, cy, type, subtype, countries, count, round(sum_x::numeric, 6), round(sum_y::numeric, 6) FROM incident_cells)) a)
                 + (SELECT count(*) FROM ((SELECT level, cx, cy, type, subtype, countries, count, round(sum_x::numeric, 6), round(sum_y::numeric, 6) FROM incident_cells) EXCEPT ({cells})) b)
                 + (SELECT count(*) FROM (({days}) EXCEPT (SELECT level, day, cx, cy, type, count, round(sum_x::numeric, 6) FROM incident_cell_days)) c)
                 + (SELECT count(*) FROM ((SELECT level, day, cx, cy, type, count, round(sum_x::numeric, 6) FROM incident_cell_days) EXCEPT ({days})) d)
            """, connection);
        return (long)(await command.ExecuteScalarAsync(Token))!;
    }

    protected override Task ForgetEventsAsync() => ExecuteAsync("UPDATE incidents SET event_id = NULL; DELETE FROM events; DELETE FROM event_changes;");

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(Token);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(Token);
    }
}
