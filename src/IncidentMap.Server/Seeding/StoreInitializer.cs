using IncidentMap.Geoparsing.Places;
using IncidentMap.Server.Articles;
using IncidentMap.Server.Storage;
using IncidentMap.Server.Storage.Embedded;

namespace IncidentMap.Server.Seeding;

/// <summary>
/// At start: migrates the store, syncs the border lines from the gazetteer, and ingests the seed articles into an
/// empty store. Start-up waits for the first attempt (so a started server serves the seed); when the database is
/// unreachable it keeps retrying in the background while the server answers 503 to store requests. An embedded store
/// held by another process stops the server with a message naming that process.
/// </summary>
public sealed class StoreInitializer(
    IIncidentStore store,
    Gazetteer gazetteer,
    ArticleIngest ingest,
    ServerReadiness readiness,
    SeedArticles seeds,
    ILogger<StoreInitializer> logger) : IHostedService
{
    private static readonly TimeSpan _retryDelay = TimeSpan.FromSeconds(5);
    // Never disposed: the host may stop a service after disposing it, and a CTS without timers holds nothing.
    private readonly CancellationTokenSource _stopping = new();
    private Task? _retrying;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!await TryInitializeAsync(cancellationToken)) _retrying = RetryAsync(_stopping.Token);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_retrying is null) return;
        await _stopping.CancelAsync();
        await _retrying.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private async Task RetryAsync(CancellationToken cancellationToken)
    {
        try
        {
            do await Task.Delay(_retryDelay, cancellationToken);
            while (!await TryInitializeAsync(cancellationToken));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down before the database came back.
        }
    }

    private async Task<bool> TryInitializeAsync(CancellationToken cancellationToken)
    {
        try
        {
            await store.InitializeAsync(gazetteer, cancellationToken);
            await SeedAsync(cancellationToken);
            readiness.MarkInitialized();
            logger.LogInformation("Store ready");
            return true;
        }
        // Waiting would not help against a store held by another process: the server does not start (Program.cs).
        catch (Exception e) when (e is not StoreLockedException && (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested))
        {
            logger.LogWarning(e, "Store not ready; retrying in {Delay} s", _retryDelay.TotalSeconds);
            return false;
        }
    }

    // Seeds only an empty store, so an analyst who deletes a seed article does not see it come back.
    private async Task SeedAsync(CancellationToken cancellationToken)
    {
        var files = seeds.Files();
        if (files.Count == 0) return;
        var existing = await store.QueryIncidentsAsync(new IncidentFilter { Limit = 1 }, cancellationToken);
        if (existing.NumberMatched > 0) return;
        foreach (var file in files)
        {
            var article = PlainTextArticle.Parse(await File.ReadAllTextAsync(file, cancellationToken), source: "seed");
            var result = await ingest.IngestAsync(article, cancellationToken);
            logger.LogInformation("Seeded {File}: article {Id} with {Count} incidents", Path.GetFileName(file), result.Article.Id, result.Incidents.Count);
        }
    }
}
