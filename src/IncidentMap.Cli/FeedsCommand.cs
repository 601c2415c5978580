using IncidentMap.Geoparsing.Parsing;
using IncidentMap.Geoparsing.Places;
using IncidentMap.Geoparsing.Sources;
using IncidentMap.Server.Articles;
using IncidentMap.Server.Feeds;
using IncidentMap.Server.Storage;
using IncidentMap.Server.Storage.Embedded;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentMap.Cli;

/// <summary>
/// <c>feeds add URL [--title T] [--interval MINUTES]</c>, <c>feeds list</c> and <c>feeds poll [ID]</c>, against the
/// store the server uses (same configuration as <c>ingest</c>). A poll goes through the server's own feed polling and
/// ingest path, address guard included. With <c>--server URL [--key KEY]</c> the commands go to a running server's feed
/// API instead (<see cref="FeedsOverServer"/>).
/// </summary>
internal static class FeedsCommand
{
    public static int Run(string[] args)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        Gazetteer LoadGazetteer() => GazetteerStore.Load(new GazetteerOptions
        {
            GeodataPath = configuration["INCIDENTMAP_GEODATA"] is { Length: > 0 } g ? g : null,
        });
        return RunAsync(args, configuration, LoadGazetteer, Console.Out, Console.Error, CancellationToken.None).GetAwaiter().GetResult();
    }

    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, Func<Gazetteer> loadGazetteer, TextWriter stdout, TextWriter log,
        CancellationToken cancellationToken)
    {
        if (!ServerOption.TryTake(ref args, configuration["INCIDENTMAP_API_KEY"], out var server, out var key, out var error))
        {
            log.WriteLine($"feeds: {error}");
            return 2;
        }
        if (!IsValid(args)) return Usage(log);
        if (server is not null)
        {
            using var client = ServerClient.Create(server, key);
            return await FeedsOverServer.RunAsync(args, client, stdout, log, cancellationToken);
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
        var services = new ServiceCollection().AddLogging().AddIncidentStore(configuration)
            .AddSingleton(gazetteer).AddSingleton(new Geoparser(gazetteer)).AddSingleton<ArticleIngest>()
            .AddFeeds(configuration, background: false)
            .BuildServiceProvider();
        await using (services)
        {
            var store = services.GetRequiredService<IIncidentStore>();
            try
            {
                await store.InitializeAsync(gazetteer, cancellationToken);
            }
            catch (StoreLockedException e)
            {
                log.WriteLine($"feeds: {e.Message}; while it runs, send the command to it: incidentmap feeds --server URL ...");
                return 1;
            }
            return args[0] switch
            {
                "add" => await AddAsync(args[1..], store, services.GetRequiredService<FeedOptions>(), stdout, log, cancellationToken),
                "list" => await ListAsync(store, stdout, cancellationToken),
                _ => await PollAsync(args.Length > 1 ? long.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : null,
                    store, services.GetRequiredService<FeedPolling>(), stdout, log, cancellationToken),
            };
        }
    }

    private static bool IsValid(string[] args) => args switch
    {
        ["add", _, .. var rest] => rest.Length % 2 == 0 && rest.Chunk(2).All(p => p[0] is "--title" or "--interval"),
        ["list"] or ["poll"] => true,
        ["poll", var id] => long.TryParse(id, out var n) && n > 0,
        _ => false,
    };

    private static async Task<int> AddAsync(string[] args, IIncidentStore store, FeedOptions options, TextWriter stdout, TextWriter log, CancellationToken cancellationToken)
    {
        var title = Option(args, "--title");
        int? interval = Option(args, "--interval") is { } text ? int.TryParse(text, out var n) ? n : -1 : null;
        NewFeed feed;
        try
        {
            feed = new FeedRequest(args[0], title, interval).ToNewFeed(DateTimeOffset.UtcNow, options.FirstPollSpread);
        }
        catch (IncidentMap.Server.Errors.InvalidParameterException e)
        {
            log.WriteLine($"feeds add: {e.Message}");
            return 2;
        }
        var result = await store.AddFeedAsync(feed, cancellationToken);
        stdout.WriteLine($"{(result.Created ? "following" : "already following")} feed {result.Feed.Id}: {result.Feed.Url} every {result.Feed.IntervalMinutes} min");
        return 0;
    }

    private static async Task<int> ListAsync(IIncidentStore store, TextWriter stdout, CancellationToken cancellationToken)
    {
        var feeds = await store.ListFeedsAsync(cancellationToken);
        if (feeds.Count == 0) stdout.WriteLine("no feeds; add one with: incidentmap feeds add URL");
        foreach (var f in feeds)
        {
            var last = f.LastPolledAt is { } at ? $"polled {at:yyyy-MM-dd HH:mm}Z, HTTP {f.LastStatus?.ToString() ?? "-"}" : "not polled yet";
            stdout.WriteLine($"{f.Id,4}  {f.Url}");
            stdout.WriteLine($"      {f.Title ?? "(untitled)"} · every {f.IntervalMinutes} min · {last} · {f.ItemsSeen} items, {f.ArticlesCreated} articles · next {f.NextPollAt:yyyy-MM-dd HH:mm}Z");
            if (f.LastError is not null) stdout.WriteLine($"      error: {f.LastError}");
        }
        return 0;
    }

    private static async Task<int> PollAsync(long? id, IIncidentStore store, FeedPolling polling, TextWriter stdout, TextWriter log, CancellationToken cancellationToken)
    {
        var lease = DateTimeOffset.UtcNow + FeedSchedule.Lease;
        var ids = id is { } one ? [one] : (await store.ListFeedsAsync(cancellationToken)).Select(f => f.Id).ToList();
        var failed = 0;
        foreach (var feedId in ids)
        {
            if (await store.ClaimFeedAsync(feedId, lease, cancellationToken) is not { } feed)
            {
                log.WriteLine($"feeds poll: there is no feed {feedId}");
                return 2;
            }
            var terminal = !Console.IsErrorRedirected && ReferenceEquals(log, Console.Error);
            log.WriteLine($"feed {feedId}: polling {feed.Url}");
            var report = await polling.PollAsync(feed, new LineProgress(log, feedId, terminal), cancellationToken);
            if (terminal) log.WriteLine();
            if (report.Error is not null && report.NewItems == 0) failed++;
            stdout.WriteLine(report.NotModified
                ? $"feed {feedId}: not modified (HTTP 304), nothing to read"
                : report.Error is not null && report.Items == 0
                    ? $"feed {feedId}: error: {report.Error}"
                    : $"feed {feedId}: {report.Items} items, {report.NewItems} new, {report.ArticlesCreated} articles created, {report.Duplicates} duplicates"
                      + (report.Error is null ? "" : $"; {report.Error}"));
        }
        return failed == 0 ? 0 : 1;
    }

    internal static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static int Usage(TextWriter log)
    {
        log.WriteLine("usage: incidentmap feeds [--server URL [--key KEY]] add URL [--title TITLE] [--interval MINUTES]");
        log.WriteLine("       incidentmap feeds list");
        log.WriteLine("       incidentmap feeds poll [ID]      (poll now: one feed, or every feed)");
        return 2;
    }

    /// <summary>The progress line: redrawn in place on a terminal, a line every 25 items otherwise.</summary>
    private sealed class LineProgress(TextWriter log, long feedId, bool terminal) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value)
        {
            if (terminal) log.Write($"\rfeed {feedId}: {value.Done}/{value.Total} new items");
            else if (value.Done % 25 == 0 || value.Done == value.Total) log.WriteLine($"feed {feedId}: {value.Done}/{value.Total} new items");
        }
    }
}
