using System.Diagnostics;
using IncidentMap.Geoparsing.Parsing;
using IncidentMap.Geoparsing.Places;
using IncidentMap.Geoparsing.Sources;
using IncidentMap.Server.Articles;
using IncidentMap.Server.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentMap.Cli;

/// <summary>
/// <c>ingest FILE...</c>: geoparses articles and stores them, with their incidents, in the store the server uses
/// (PostGIS with <c>ConnectionStrings__IncidentMap</c>, else the embedded store under <c>INCIDENTMAP_DATA</c>).
/// A <c>.jsonl</c>/<c>.ndjson</c> file holds one JSON article per line (<c>{title, text, published, source, url}</c>);
/// any other file is one plain-text article (optional leading <c>date YYYY-MM-DD</c> line). Already ingested texts are
/// skipped by their content hash; a bad article is reported and the run goes on.
/// </summary>
internal static class IngestCommand
{
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
        if (args.Length == 0 || args[0] is "-h" or "--help")
        {
            log.WriteLine("usage: incidentmap ingest FILE... (text files, or .jsonl with one {title,text,published,source,url} per line)");
            return 2;
        }
        var missing = args.Where(f => !File.Exists(f)).ToList();
        if (missing.Count > 0)
        {
            log.WriteLine($"ingest: no such file: {string.Join(", ", missing)}");
            return 2;
        }

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
        var services = new ServiceCollection().AddLogging().AddIncidentStore(configuration).BuildServiceProvider();
        await using (services)
        {
            var store = services.GetRequiredService<IIncidentStore>();
            await store.InitializeAsync(gazetteer, cancellationToken);
            return await IngestAsync(args, new ArticleIngest(store, new Geoparser(gazetteer)), log, cancellationToken);
        }
    }

    private static async Task<int> IngestAsync(string[] files, ArticleIngest ingest, TextWriter log, CancellationToken cancellationToken)
    {
        var articles = IngestSource.Read(files).ToList();
        var progress = new IngestProgress(articles.Count, log);
        var clock = Stopwatch.StartNew();
        // Geoparsing is CPU-bound: one article per core, each stored in its own transaction.
        await Parallel.ForEachAsync(articles, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
            async (item, ct) =>
            {
                if (item.Error is not null)
                {
                    progress.Failed($"{item.Origin}: {item.Error}");
                    return;
                }
                var article = item.Article!;
                var result = await ingest.IngestAsync(article, ct);
                progress.Done(result.Created, result.Incidents.Count);
            });
        progress.Finish(clock.Elapsed);
        return progress.Failures == 0 ? 0 : 1;
    }
}
