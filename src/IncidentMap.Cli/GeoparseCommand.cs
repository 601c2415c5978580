using System.Diagnostics;
using IncidentMap.Geoparsing.Parsing;
using IncidentMap.Geoparsing.Places;
using IncidentMap.Geoparsing.Sources;

namespace IncidentMap.Cli;

/// <summary>
/// <c>geoparse --jsonl</c>: JSON lines {"id","text","date"?} on standard input to one result line each, in order.
/// <c>geoparse FILE [--date YYYY-MM-DD]</c>: one article to a GeoJSON FeatureCollection of its places and incidents.
/// </summary>
internal static class GeoparseCommand
{
    public static int Run(string[] args)
    {
        using var input = new StreamReader(Console.OpenStandardInput(), System.Text.Encoding.UTF8, false, 1 << 16);
        using var output = new BufferedStream(Console.OpenStandardOutput(), 1 << 16);
        try
        {
            return Run(args, () => GazetteerStore.Load(progress: new StandardErrorProgress()), input, output, Console.Error);
        }
        catch (GeodataException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
    }

    public static int Run(string[] args, Func<Gazetteer> loadGazetteer, TextReader input, Stream output, TextWriter error)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help") return Usage(error);
        DateOnly? date = null;
        var dateAt = Array.IndexOf(args, "--date");
        if (dateAt >= 0)
        {
            if (dateAt + 1 >= args.Length || !DateOnly.TryParseExact(args[dateAt + 1], "yyyy-MM-dd", out var parsed))
            {
                error.WriteLine("geoparse: --date needs YYYY-MM-DD");
                return 2;
            }
            date = parsed;
        }
        if (args[0] == "--jsonl")
        {
            var clock = Stopwatch.StartNew();
            var parser = new Geoparser(loadGazetteer());
            var loaded = clock.Elapsed;
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var (articles, failures) = GeoparseJsonLines.Run(parser, input, output, args.Contains("--explain"));
            if (failures > 0) error.WriteLine($"geoparse: {failures} line(s) could not be parsed (see their error lines)");
            if (args.Contains("--stats"))
            {
                // Parse time excludes the gazetteer load: the figure a long-running server sees. CPU time is
                // reported too, because wall time on a shared machine counts other processes' work.
                var parsing = (clock.Elapsed - loaded).TotalSeconds;
                var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
                error.WriteLine($"geoparse: gazetteer loaded in {loaded.TotalSeconds:0.00} s");
                error.WriteLine($"geoparse: parsed {articles} articles in {parsing:0.000} s: {articles / Math.Max(parsing, 1e-9):0} articles/s");
                error.WriteLine($"geoparse: parsed {articles} articles in {cpu:0.000} s of CPU: {articles / Math.Max(cpu, 1e-9):0} articles per CPU second");
            }
            return 0;
        }
        var path = args[0];
        string text;
        try
        {
            text = path == "-" ? input.ReadToEnd() : File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"geoparse: cannot read {path}: {e.Message}");
            return 1;
        }
        if (text.Trim().Length == 0 || GeoparseJsonLines.LooksBinary(text))
        {
            error.WriteLine($"geoparse: {path} is empty or binary, not an article");
            return 1;
        }
        var result = new Geoparser(loadGazetteer()).Parse(text, date);
        GeoparseGeoJson.Write(output, text, result);
        return 0;
    }

    private static int Usage(TextWriter error)
    {
        error.WriteLine("usage: incidentmap geoparse --jsonl [--stats] [--explain]  < lines of {\"id\",\"text\",\"date\"?}");
        error.WriteLine("       incidentmap geoparse FILE [--date YYYY-MM-DD]   (FILE may be - for standard input)");
        return 2;
    }

    /// <summary>Gazetteer build steps go to standard error, so standard output stays machine-readable.</summary>
    private sealed class StandardErrorProgress : IProgress<string>
    {
        public void Report(string value) => Console.Error.WriteLine(value);
    }
}
