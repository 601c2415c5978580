using IncidentMap.Geoparsing.Places;
using IncidentMap.Server.Storage;
using IncidentMap.Server.Storage.Embedded;
using Microsoft.Data.Sqlite;

namespace IncidentMap.Server.Tests.Storage;

/// <summary>The store contract on the embedded database file.</summary>
public sealed class EmbeddedIncidentStoreTests : IncidentStoreContract
{
    private readonly string _directory = Directory.CreateTempSubdirectory("incidentmap-store-").FullName;

    protected override Task<IIncidentStore> OpenAsync() => OpenAsync(StoreTestData.Gazetteer);

    private async Task<IIncidentStore> OpenAsync(Gazetteer gazetteer)
    {
        var store = new EmbeddedIncidentStore(_directory);
        await store.InitializeAsync(gazetteer, Token);
        return store;
    }

    protected override async Task<IIncidentStore> ReopenAsync(IIncidentStore store, Gazetteer? gazetteer = null)
    {
        await ((EmbeddedIncidentStore)store).DisposeAsync();
        return await OpenAsync(gazetteer ?? StoreTestData.Gazetteer);
    }

    protected override Task InjectIncidentPlaceFailureAsync() =>
        ExecuteAsync("CREATE TRIGGER fail_incident_places BEFORE INSERT ON incident_places BEGIN SELECT RAISE(ABORT, 'injected failure'); END;");

    protected override Task RemoveIncidentPlaceFailureAsync() => ExecuteAsync("DROP TRIGGER fail_incident_places;");

    protected override Task ForgetEventsAsync() => ExecuteAsync("UPDATE incidents SET event_id = NULL; DELETE FROM events; DELETE FROM event_changes;");

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_directory, EmbeddedIncidentStore.FileName)};Pooling=False");
        await connection.OpenAsync(Token);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(Token);
    }
}
