using System.Diagnostics;
using IncidentMap.Geoparsing.Parsing;
using IncidentMap.Geoparsing.Places;

namespace IncidentMap.Bench.Resolver;

/// <summary>
/// Where a parse spends its time and allocations, phase by phase, over a corpus read several times on one thread
/// after a warm-up pass: the same phases in the same order as <see cref="Geoparser.Parse(string, DateOnly?)"/>.
/// </summary>
internal static class PhaseProfile
{
    private static readonly string[] _phases = ["tokens", "people", "mentions", "resolution", "metonymy", "results", "incidents", "focus"];

    public static int Run(string corpus, int repeats)
    {
        var gazetteer = GazetteerStore.Load();
        var lexicon = new GazetteerLexicon(gazetteer);
        var texts = GoldDocument.Read(corpus).Select(d => d.Text).ToArray();
        var ticks = new long[_phases.Length];
        var bytes = new long[_phases.Length];
        var cpu = TimeSpan.Zero;
        for (var pass = 0; pass <= repeats; pass++)
        {
            // Pass 0 warms the JIT up and is not counted.
            if (pass == 1) cpu = Process.GetCurrentProcess().TotalProcessorTime;
            foreach (var text in texts) Parse(gazetteer, lexicon, text, pass == 0 ? new long[ticks.Length] : ticks, pass == 0 ? new long[bytes.Length] : bytes);
        }
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var total = ticks.Sum();
        var articles = (long)texts.Length * repeats;
        Console.WriteLine($"{articles} articles in {Stopwatch.GetElapsedTime(0, total).TotalSeconds:0.000} s on one thread: "
                          + $"{articles / Stopwatch.GetElapsedTime(0, total).TotalSeconds:0} articles/s, {articles / cpu.TotalSeconds:0} articles per CPU second, "
                          + $"{bytes.Sum() / articles / 1024.0:0.0} KiB allocated per article");
        for (var p = 0; p < _phases.Length; p++)
        {
            Console.WriteLine($"  {_phases[p],-11} {100.0 * ticks[p] / total,5:0.0} %  {Stopwatch.GetElapsedTime(0, ticks[p]).TotalMicroseconds / articles,7:0.0} µs/article  "
                              + $"{bytes[p] / articles / 1024.0,7:0.0} KiB/article");
        }
        return 0;
    }

    private static void Parse(Gazetteer gazetteer, GazetteerLexicon lexicon, string text, long[] ticks, long[] bytes)
    {
        var phase = 0;
        var (clock, allocated) = (Stopwatch.GetTimestamp(), GC.GetAllocatedBytesForCurrentThread());
        void Next()
        {
            var (now, nowAllocated) = (Stopwatch.GetTimestamp(), GC.GetAllocatedBytesForCurrentThread());
            ticks[phase] += now - clock;
            bytes[phase] += nowAllocated - allocated;
            (clock, allocated, phase) = (now, nowAllocated, phase + 1);
        }
        var article = new Article(text, 0, lexicon);
        Next();
        PersonNames.Mark(article);
        Next();
        MentionRecognizer.Recognize(article, new NameMatcher(gazetteer));
        Next();
        Geoparsing.Parsing.Resolver.Resolve(article, ResolverWeights.Shipped);
        Next();
        Metonymy.Mark(article);
        Next();
        var places = new List<PlaceMention>(article.Mentions.Count);
        var indexOf = new Dictionary<MentionDraft, int>(article.Mentions.Count);
        foreach (var draft in article.Mentions)
        {
            if (draft.Chosen is null) continue;
            indexOf[draft] = places.Count;
            places.Add(new PlaceMention(draft.Start, draft.End, text[draft.Start..draft.End], draft.Chosen, draft.Role, draft.Score, draft.RunnerUp, draft.RunnerUpScore));
        }
        Next();
        IncidentExtractor.Extract(article, indexOf, null);
        Next();
        ArticleFocus.From(places, gazetteer);
        Next();
    }
}
