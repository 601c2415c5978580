using System.Diagnostics;
using IncidentMap.Geoparsing.Parsing;
using IncidentMap.Geoparsing.Places;
using IncidentMap.Server.Storage;

namespace StoreBench;

/// <summary>Timed runs through the store, the code path the server's requests take.</summary>
internal static class Timings
{
    public static async Task NearBorderAsync(IIncidentStore store, Gazetteer gazetteer, int runs, CancellationToken cancellationToken)
    {
        var border = gazetteer.FindBorder("POL", "BLR")!.Id;
        var query = new NearBorderQuery(border, 50, null, new IncidentFilter { Limit = 100 });
        var first = await store.QueryNearBorderAsync(query, cancellationToken);
        for (var i = 0; i < 10; i++) await store.QueryNearBorderAsync(query, cancellationToken);
        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            await store.QueryNearBorderAsync(query, cancellationToken);
            times[i] = clock.Elapsed.TotalMilliseconds;
        }
        Array.Sort(times);
        Console.WriteLine($"near-border {border} 50 km, limit 100: {first!.NumberMatched} matched; {runs} runs: " +
            $"p50 {Percentile(times, 0.50):F1} ms, p99 {Percentile(times, 0.99):F1} ms, max {times[^1]:F1} ms");

        // A later page, as the panel's "Show more" asks for it: after the cursor of the 100th match, count carried.
        var last = first.Items[^1];
        var next = query with { After = new NearBorderCursor(last.Metres, last.Incident.Id, first.NumberMatched) };
        for (var i = 0; i < 10; i++) await store.QueryNearBorderAsync(next, cancellationToken);
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            await store.QueryNearBorderAsync(next, cancellationToken);
            times[i] = clock.Elapsed.TotalMilliseconds;
        }
        Array.Sort(times);
        Console.WriteLine($"near-border {border} 50 km, the page after the first (cursor): {runs} runs: " +
            $"p50 {Percentile(times, 0.50):F1} ms, p99 {Percentile(times, 0.99):F1} ms, max {times[^1]:F1} ms");
    }

    public static async Task IngestAsync(IIncidentStore store, SyntheticEurope europe, int articles, int writers, CancellationToken cancellationToken)
    {
        var run = Guid.NewGuid().ToString("N");
        var inputs = Enumerable.Range(0, articles).Select(i => Article(europe, run, i)).ToArray();
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < inputs.Length)
            {
                var result = await store.AddArticleAsync(inputs[i].Article, inputs[i].Parse, cancellationToken);
                if (!result.Created) throw new InvalidOperationException("synthetic article was a duplicate");
            }
        }, cancellationToken)));
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"ingest: {articles} articles (5 incidents each) with {writers} writers in {seconds:F1} s = {articles / seconds:F0} articles/s");
    }

    /// <summary>An article of five sentences with its parse, as the geoparser would hand it over.</summary>
    private static (NewArticle Article, GeoparseResult Parse) Article(SyntheticEurope europe, string run, int n)
    {
        var text = new System.Text.StringBuilder($"Ingest benchmark {run}-{n}. ");
        var mentions = new List<PlaceMention>();
        var incidents = new List<Incident>();
        for (var k = 0; k < 5; k++)
        {
            var (place, geo) = europe.NextPlace();
            var (type, subtype) = europe.NextSubtype();
            var sentence = BulkLoader.Sentence(place, subtype);
            var start = text.Length;
            var at = start + sentence.LastIndexOf(place.Name, StringComparison.Ordinal);
            text.Append(sentence).Append(' ');
            mentions.Add(new PlaceMention(at, at + place.Name.Length, place.Name, place, MentionRole.Location, 0.9));
            incidents.Add(new Incident(type, subtype, europe.NextDate(), DatePrecision.Day, [k], geo,
                new TextSpan(start, start + sentence.Length), ["Russia"]));
        }
        var article = new NewArticle { Title = $"Ingest benchmark {n}", Text = text.ToString(), Source = "Synthetic Wire" };
        return (article, new GeoparseResult(null, mentions, incidents));
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
