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
        IncidentDbContext.Configure(options, connectionString);
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

    protected override Task ForgetEventsAsync() => ExecuteAsync("UPDATE incidents SET event_id = NULL; DELETE FROM events; DELETE FROM event_changes;");

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(Token);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(Token);
    }
}
