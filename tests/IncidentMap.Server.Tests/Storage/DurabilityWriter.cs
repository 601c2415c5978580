using IncidentMap.Server.Storage.Embedded;

namespace IncidentMap.Server.Tests.Storage;

/// <summary>
/// The child process of the durability test: when the test assembly is started with <c>INCIDENTMAP_DURABILITY_WRITER</c>
/// set to a data directory, it adds articles to the embedded store there in a loop, printing each acknowledged
/// article id, until it is killed. <see cref="TestEntryPoint"/> starts it instead of the test runner.
/// </summary>
internal static class DurabilityWriter
{
    public const string Variable = "INCIDENTMAP_DURABILITY_WRITER";

    public static async Task WriteUntilKilledAsync(string directory)
    {
        using var store = new EmbeddedIncidentStore(directory);
        await store.InitializeAsync(StoreTestData.Gazetteer, CancellationToken.None);
        var stdout = Console.Out;
        for (var i = 0; i < 1_000_000; i++)
        {
            var (article, parse) = StoreTestData.Seed($" Update {Guid.NewGuid():N}.");
            var result = await store.AddArticleAsync(article, parse, CancellationToken.None);
            await stdout.WriteLineAsync($"{result.Article.Id} {result.Article.ContentHash}");
            await stdout.FlushAsync();
        }
    }
}
