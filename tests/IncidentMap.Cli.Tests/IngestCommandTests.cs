using IncidentMap.Server.Storage;
using IncidentMap.Server.Storage.Embedded;
using Microsoft.Extensions.Configuration;

namespace IncidentMap.Cli.Tests;

public sealed class IngestCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "incidentmap-ingest-" + Guid.NewGuid().ToString("N")[..12]);

    public IngestCommandTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Ingest_StoresTextAndJsonLinesArticlesOnceAndReportsBadLines()
    {
        var ct = TestContext.Current.CancellationToken;
        var text = Path.Combine(_folder, "drills.txt");
        await File.WriteAllTextAsync(text, "date 2025-09-16\nRussian troops arrived in the Grodno region for joint exercises, Minsk said on Tuesday.", ct);
        var lines = Path.Combine(_folder, "articles.jsonl");
        await File.WriteAllLinesAsync(lines,
        [
            """{"title": "Airspace", "text": "Russian drones violated Polish airspace on Wednesday, Poland said.", "published": "2025-09-10"}""",
            """{"title": "no text here"}""",
            "{broken",
        ], ct);
        var data = Path.Combine(_folder, "data");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("INCIDENTMAP_DATA", data)]).Build();
        using var log = new StringWriter();

        var first = await IngestCommand.RunAsync([text, lines], configuration, () => GeoparseCommandTests.Gazetteer, log, ct);
        var second = await IngestCommand.RunAsync([text], configuration, () => GeoparseCommandTests.Gazetteer, log, ct);

        Assert.Equal(1, first);
        Assert.Equal(0, second);
        Assert.Contains("articles.jsonl:2", log.ToString());
        Assert.Contains("articles.jsonl:3", log.ToString());
        Assert.Contains("ingested 2 new, 0 already present, 2 failed", log.ToString());
        Assert.Contains("ingested 0 new, 1 already present, 0 failed", log.ToString());
        await using var store = new EmbeddedIncidentStore(data);
        await store.InitializeAsync(GeoparseCommandTests.Gazetteer, ct);
        var grodno = await store.QueryIncidentsAsync(new IncidentFilter { Country = "BLR" }, ct);
        Assert.Contains(grodno.Items, i => i.Places.Any(p => p.Id == "admin1:BY-HR"));
    }

    [Fact]
    public async Task Ingest_ArticlesPublishedOutsideTheWindow_AreReportedAndTheRunGoesOn()
    {
        var ct = TestContext.Current.CancellationToken;
        var lines = Path.Combine(_folder, "dates.jsonl");
        await File.WriteAllLinesAsync(lines,
        [
            """{"text": "Russian troops arrived in the Grodno region yesterday, Minsk said.", "published": "0001-01-01"}""",
            """{"text": "Russian drones violated Polish airspace last week, Poland said.", "published": "9999-12-31"}""",
            """{"text": "Russian drones violated Polish airspace on Sunday, Poland said.", "published": "2025-09-14"}""",
        ], ct);
        var text = Path.Combine(_folder, "old.txt");
        await File.WriteAllTextAsync(text, "date 0001-01-01\nRussian troops arrived in the Grodno region in December, Minsk said.", ct);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("INCIDENTMAP_DATA", Path.Combine(_folder, "data"))]).Build();
        using var log = new StringWriter();

        var exit = await IngestCommand.RunAsync([lines, text], configuration, () => GeoparseCommandTests.Gazetteer, log, ct);

        Assert.Equal(1, exit);
        Assert.Contains("dates.jsonl:1: published: 'published' 0001-01-01 is before 1900-01-01", log.ToString());
        Assert.Contains("dates.jsonl:2: published: 'published' 9999-12-31 is more than a day in the future", log.ToString());
        Assert.Contains("old.txt: published:", log.ToString());
        Assert.Contains("ingested 1 new, 0 already present, 3 failed", log.ToString());
    }
}
