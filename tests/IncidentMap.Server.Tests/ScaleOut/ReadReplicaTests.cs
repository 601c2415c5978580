using System.Net;
using System.Net.Http.Headers;
using System.Text;
using IncidentMap.Server.Tests.Api;
using Npgsql;

namespace IncidentMap.Server.Tests.ScaleOut;

/// <summary>
/// One multi-host connection string naming a primary and its streaming standby: writes land on the primary, layer
/// reads on the standby, and reads go on when the standby goes away.
/// </summary>
[Collection(Faults.AloneCollection.Name)]
public sealed class ReadReplicaTests
{
    private const string _key = "replica-key-0123456789";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reads_LandOnTheStandby_WritesOnThePrimary_AndReadsSurviveTheStandbyGoingAway()
    {
        if (!PostgresCluster.IsAvailable) Requirements.Unavailable("The PostgreSQL server binaries (initdb, pg_basebackup) are not installed.");
        await using var primary = await PostgresCluster.StartPrimaryAsync(Ct);
        await using (var admin = new NpgsqlConnection(primary.ConnectionString()))
        {
            await admin.OpenAsync(Ct);
            await using var create = new NpgsqlCommand("CREATE DATABASE incidentmap", admin);
            await create.ExecuteNonQueryAsync(Ct);
        }
        await using var standby = await primary.StartStandbyAsync(Ct);
        var connectionString = $"Host=127.0.0.1:{primary.Port},127.0.0.1:{standby.Port};Username=postgres;Database=incidentmap";
        await using var server = new ServerFactory(connectionString, SharedGazetteer.Get(), _key);
        server.Settings["INCIDENTMAP_CACHE_SECONDS"] = "0";
        using var client = server.CreateClient();
        await WaitUntilReadyAsync(client);
        await primary.WaitForReplayAsync(standby, Ct);
        var hosts = await HostsAsync(client);
        Assert.Equal("primary", hosts.GetProperty($"127.0.0.1:{primary.Port}").GetString());
        Assert.Equal("standby", hosts.GetProperty($"127.0.0.1:{standby.Port}").GetString());
        var seeded = await CountAsync(client, "");
        Assert.True(seeded > 0, "the seed's incidents, read from the standby");

        // With the standby's replay paused, a write reaches the primary but the layers do not show it yet.
        await ExecuteAsync(standby, "SELECT pg_wal_replay_pause()");
        var id = await PostAsync(client, "date 2025-09-16\nRussian troops were deployed to the Grodno region on Tuesday.");
        Assert.Equal(0, await CountAsync(client, $"article={id}"));
        Assert.Equal(seeded, await CountAsync(client, ""));

        await ExecuteAsync(standby, "SELECT pg_wal_replay_resume()");
        await primary.WaitForReplayAsync(standby, Ct);
        var replayed = await CountAsync(client, $"article={id}");
        Assert.True(replayed > 0, "the article's incidents once the standby has replayed it");

        // The standby goes away: a read already holding a connection to it may answer 503 with Retry-After; the
        // next ones go to the primary, and readiness names the host that is gone.
        await standby.StopAsync(Ct);
        using (var first = await client.GetAsync(new Uri($"/api/layers/incidents?limit=10&article={id}", UriKind.Relative), Ct))
        {
            if (first.StatusCode != HttpStatusCode.OK)
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, first.StatusCode);
                Assert.NotNull(first.Headers.RetryAfter);
            }
        }
        for (var i = 0; i < 5; i++) Assert.Equal(replayed, await CountAsync(client, $"article={id}"));
        Assert.Equal("unreachable", (await HostsAsync(client)).GetProperty($"127.0.0.1:{standby.Port}").GetString());
    }

    private static async Task<System.Text.Json.JsonElement> HostsAsync(HttpClient client)
    {
        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        return (await Json.ReadAsync(ready)).GetProperty("checks").GetProperty("database-hosts").GetProperty("data");
    }

    private static async Task<long> CountAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync(new Uri($"/api/layers/incidents?limit=10&{query}", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await Json.ReadAsync(response)).GetProperty("numberMatched").GetInt64();
    }

    private static async Task<long> PostAsync(HttpClient client, string text)
    {
        using var post = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = new StringContent(text, Encoding.UTF8, "text/plain") };
        post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _key);
        using var response = await client.SendAsync(post, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await Json.ReadAsync(response)).GetProperty("id").GetInt64();
    }

    private static async Task ExecuteAsync(PostgresCluster cluster, string sql)
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString("incidentmap"));
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(Ct);
    }

    private static async Task WaitUntilReadyAsync(HttpClient client)
    {
        var deadline = DateTime.UtcNow.AddMinutes(10);
        while (true)
        {
            using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative), Ct);
            if (ready.IsSuccessStatusCode) return;
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The server on the primary and standby was not ready within 10 minutes.");
            await Task.Delay(500, Ct);
        }
    }
}
