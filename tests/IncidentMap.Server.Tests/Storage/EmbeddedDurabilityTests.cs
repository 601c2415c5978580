using System.Diagnostics;
using IncidentMap.Server.Storage;
using IncidentMap.Server.Storage.Embedded;
using Microsoft.Data.Sqlite;

namespace IncidentMap.Server.Tests.Storage;

/// <summary>The embedded store after a kill -9 in the middle of writing.</summary>
public sealed class EmbeddedDurabilityTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("incidentmap-durable-").FullName;

    [Fact]
    public async Task KillMidWrite_KeepsEveryAcknowledgedArticleAndNoPartialOne()
    {
        var token = TestContext.Current.CancellationToken;
        var acknowledged = new List<(long Id, string Hash)>();
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { [DurabilityWriter.Variable] = _directory },
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(typeof(EmbeddedDurabilityTests).Assembly.Location);
        using (var writer = Process.Start(start)!)
        {
            _ = writer.StandardError.ReadToEndAsync(token);
            // Let it commit a good number of articles, then kill it at an arbitrary point of the next write.
            while (acknowledged.Count < 40 && await writer.StandardOutput.ReadLineAsync(token) is { } line) acknowledged.Add(Parse(line));
            await Task.Delay(Random.Shared.Next(1, 15), token);
            writer.Kill(entireProcessTree: true);
            while (await writer.StandardOutput.ReadLineAsync(token) is { } line) acknowledged.Add(Parse(line));
            await writer.WaitForExitAsync(token);
        }
        Assert.True(acknowledged.Count >= 40, "the writer stopped before acknowledging 40 articles");

        await using (var file = new SqliteConnection($"Data Source={Path.Combine(_directory, EmbeddedIncidentStore.FileName)};Pooling=False"))
        {
            await file.OpenAsync(token);
            Assert.Equal("ok", await ScalarAsync(file, "PRAGMA integrity_check", token));
            Assert.Equal(0L, await ScalarAsync(file, "SELECT count(*) FROM articles a WHERE (SELECT count(*) FROM incidents i WHERE i.article_id = a.id) <> 5", token));
        }

        await using var store = new EmbeddedIncidentStore(_directory);
        await store.InitializeAsync(StoreTestData.Gazetteer, token);
        foreach (var (id, hash) in acknowledged)
        {
            var article = await store.GetArticleAsync(id, token);
            Assert.Equal(hash, article?.ContentHash);
        }
        // No partial article: every stored article has all five incidents, each with its place.
        var incidents = await store.QueryIncidentsAsync(new IncidentFilter { Limit = 1_000_000 }, token);
        Assert.All(incidents.Items.GroupBy(i => i.Article.Id), g => Assert.Equal(5, g.Count()));
        Assert.All(incidents.Items.Where(i => i.Subtype != "diplomatic_talks"), i => Assert.Single(i.Places));
        Assert.True(incidents.NumberMatched >= acknowledged.Count * 5);
        var (next, parse) = StoreTestData.Seed(" After the crash.");
        Assert.True((await store.AddArticleAsync(next, parse, token)).Created);
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken token)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(token);
    }

    private static (long, string) Parse(string line)
    {
        var parts = line.Split(' ');
        return (long.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), parts[1]);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
