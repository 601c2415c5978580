using IncidentMap.Server.Storage;
using IncidentMap.Server.Storage.Embedded;
using Microsoft.Data.Sqlite;

namespace IncidentMap.Server.Tests.Storage;

/// <summary>The store contract on the embedded database file.</summary>
public sealed class EmbeddedIncidentStoreTests : IncidentStoreContract
{
    private readonly string _directory = Directory.CreateTempSubdirectory("incidentmap-store-").FullName;

    protected override async Task<IIncidentStore> OpenAsync()
    {
        var store = new EmbeddedIncidentStore(_directory);
        await store.InitializeAsync(StoreTestData.Gazetteer, Token);
        return store;
    }

    protected override async Task<IIncidentStore> ReopenAsync(IIncidentStore store)
    {
        await ((EmbeddedIncidentStore)store).DisposeAsync();
        return await OpenAsync();
    }

    protected override Task InjectIncidentPlaceFailureAsync() =>
        ExecuteAsync("CREATE TRIGGER fail_incident_places BEFORE INSERT ON incident_places BEGIN SELECT RAISE(ABORT, 'injected failure'); END;");

    protected override Task RemoveIncidentPlaceFailureAsync() => ExecuteAsync("DROP TRIGGER fail_incident_places;");

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
