using IncidentMap.Server.Tests.Api;
using Npgsql;

namespace IncidentMap.Server.Tests.ScaleOut;

public sealed class StreamingStandbyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Standby_IsInRecoveryAndReplaysWhatThePrimaryCommits()
    {
        if (!PostgresCluster.IsAvailable) Requirements.Unavailable("The PostgreSQL server binaries (initdb) are not installed.");
        await using var primary = await PostgresCluster.StartPrimaryAsync(Ct);
        await using var standby = await primary.StartStandbyAsync(Ct);

        await using (var write = new NpgsqlConnection(primary.ConnectionString()))
        {
            await write.OpenAsync(Ct);
            await using var command = new NpgsqlCommand(
                "CREATE EXTENSION postgis; CREATE TABLE t AS SELECT ST_SetSRID(ST_MakePoint(23.8, 53.7), 4326) AS g", write);
            await command.ExecuteNonQueryAsync(Ct);
        }
        await primary.WaitForReplayAsync(standby, Ct);

        await using var read = new NpgsqlConnection(standby.ConnectionString());
        await read.OpenAsync(Ct);
        await using var query = new NpgsqlCommand("SELECT pg_is_in_recovery(), (SELECT ST_AsText(g) FROM t)", read);
        await using var reader = await query.ExecuteReaderAsync(Ct);
        Assert.True(await reader.ReadAsync(Ct));
        Assert.True(reader.GetBoolean(0));
        Assert.Equal("POINT(23.8 53.7)", reader.GetString(1));
    }
}
