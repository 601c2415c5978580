using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IncidentMap.Geoparsing.Parsing;
using IncidentMap.Geoparsing.Places;
using IncidentMap.Geoparsing.Sources;
using IncidentMap.Server.Articles;
using IncidentMap.Server.Storage;
using IncidentMap.Server.Storage.Embedded;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentMap.Cli;

/// <summary>
/// <c>ingest FILE...</c>: geoparses articles and stores them, with their incidents, in the store the server uses
/// (PostGIS with <c>ConnectionStrings__IncidentMap</c>, else the embedded store in the data folder), or, with
/// <c>--server URL</c>, posts them to a running server, which geoparses and stores them itself.
/// A <c>.jsonl</c>/<c>.ndjson</c> file holds one JSON article per line (<c>{title, text, published, source, url}</c>);
/// any other file is one plain-text article (optional leading <c>date YYYY-MM-DD</c> line). Already ingested texts are
/// skipped by their content hash; a bad article is reported and the run goes on.
/// </summary>
internal static class IngestCommand
{
    // The server geoparses; a few requests at a time keep it busy without queueing behind its write lock.
    private const int _serverParallelism = 4;

    public static int Run(string[] args)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        Gazetteer LoadGazetteer() => GazetteerStore.Load(new GazetteerOptions
        {
            GeodataPath = configuration["INCIDENTMAP_GEODATA"] is { Length: > 0 } g ? g : null,
        });
        return RunAsync(args, configuration, LoadGazetteer, Console.Error, CancellationToken.None).GetAwaiter().GetResult();
    }

    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, Func<Gazetteer> loadGazetteer, TextWriter log,
        CancellationToken cancellationToken)
    {
        var options = IngestOptions.Parse(args, name => configuration[name], out var error);
        if (options is null)
        {
            log.WriteLine(error ?? IngestOptions.Usage);
            return 2;
        }
        var missing = options.Files.Where(f => !File.Exists(f)).ToList();
        if (missing.Count > 0)
        {
            log.WriteLine($"ingest: no such file: {string.Join(", ", missing)}");
            return 2;
        }
        return options.Server is { } server
            ? await ToServerAsync(options.Files, server, options.Key, log, cancellationToken)
            : await ToStoreAsync(options.Files, configuration, loadGazetteer, log, cancellationToken);
    }

    private static async Task<int> ToStoreAsync(IReadOnlyList<string> files, IConfiguration configuration, Func<Gazetteer> loadGazetteer,
        TextWriter log, CancellationToken cancellationToken)
    {
        Gazetteer gazetteer;
        try
        {
            gazetteer = loadGazetteer();
        }
        catch (GeodataException e)
        {
            log.WriteLine(e.Message);
            return 1;
        }
        log.WriteLine($"ingest: into the {StorageServiceCollectionExtensions.DescribeIncidentStore(configuration)}");
        var services = new ServiceCollection().AddLogging().AddIncidentStore(configuration).BuildServiceProvider();
        await using (services)
        {
            var store = services.GetRequiredService<IIncidentStore>();
            try
            {
                await store.InitializeAsync(gazetteer, cancellationToken);
            }
            catch (StoreLockedException e)
            {
                log.WriteLine($"ingest: {e.Message}");
                return 1;
            }
            var ingest = new ArticleIngest(store, new Geoparser(gazetteer));
            return await IngestAsync(files, Environment.ProcessorCount, async (article, ct) =>
            {
                var result = await ingest.IngestAsync(article, ct);
                return (result.Created, result.Incidents.Count);
            }, log, cancellationToken);
        }
    }

    private static async Task<int> ToServerAsync(IReadOnlyList<string> files, Uri server, string? key, TextWriter log, CancellationToken cancellationToken)
    {
        using var client = ServerClient.Create(server, key);
        try
        {
            await client.CheckReadyAsync(cancellationToken);
        }
        catch (ServerException e)
        {
            log.WriteLine($"ingest: the server is not ready: {e.Message}");
            return 1;
        }
        log.WriteLine($"ingest: to the server at {server}");
        return await IngestAsync(files, _serverParallelism, async (article, ct) =>
        {
            var answer = await client.SendAsync(HttpMethod.Post, "api/articles", () => JsonContent.Create(new
            {
                title = article.Title,
                text = article.Text,
                published = article.Published,
                source = article.Source,
                url = article.Url,
            }), ct);
            var incidents = answer.Body.TryGetProperty("incidents", out var collection) && collection.TryGetProperty("features", out var features)
                && features.ValueKind == JsonValueKind.Array ? features.GetArrayLength() : 0;
            return (answer.Status == HttpStatusCode.Created, incidents);
        }, log, cancellationToken);
    }

    private static async Task<int> IngestAsync(IReadOnlyList<string> files, int parallelism,
        Func<NewArticle, CancellationToken, Task<(bool Created, int Incidents)>> send, TextWriter log, CancellationToken cancellationToken)
    {
        var articles = IngestSource.Read(files).ToList();
        var progress = new IngestProgress(articles.Count, log);
        var clock = Stopwatch.StartNew();
        // Each article in its own transaction (or request); one that fails is reported and the others go on.
        await Parallel.ForEachAsync(articles, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
            async (item, ct) =>
            {
                if (item.Error is not null)
                {
                    progress.Failed($"{item.Origin}: {item.Error}");
                    return;
                }
                try
                {
                    var (created, incidents) = await send(item.Article!, ct);
                    progress.Done(created, incidents);
                }
                catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
                {
                    progress.Failed($"{item.Origin}: {e.Message}");
                }
            });
        progress.Finish(clock.Elapsed);
        return progress.Failures == 0 ? 0 : 1;
    }
}
