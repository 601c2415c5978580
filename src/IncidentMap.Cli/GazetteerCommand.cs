using System.Diagnostics;
using System.Text.Json;
using IncidentMap.Geoparsing.Places;
using IncidentMap.Geoparsing.Sources;

namespace IncidentMap.Cli;

/// <summary><c>gazetteer build</c> and <c>gazetteer lookup NAME</c>.</summary>
internal static class GazetteerCommand
{
    public static int Run(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            return args switch
            {
                ["build"] => Build(stdout, stderr),
                ["lookup", var name] => Lookup(name, stdout, stderr, limit: 20),
                ["lookup", var name, "--limit", var n] when int.TryParse(n, out var limit) && limit > 0 => Lookup(name, stdout, stderr, limit),
                _ => Usage(stderr),
            };
        }
        catch (GeodataException e)
        {
            stderr.WriteLine(e.Message);
            return 1;
        }
    }

    private static int Build(TextWriter stdout, TextWriter stderr)
    {
        var clock = Stopwatch.StartNew();
        var gazetteer = GazetteerStore.Build(progress: new LineProgress(stderr));
        var seconds = clock.Elapsed.TotalSeconds;
        foreach (var group in gazetteer.Places.GroupBy(p => p.Kind).OrderBy(g => g.Key))
        {
            stdout.WriteLine($"{group.Key.ToString().ToLowerInvariant(),-10} {group.Count(),8:N0}");
        }
        stdout.WriteLine($"{"total",-10} {gazetteer.Places.Count,8:N0}");
        stdout.WriteLine($"built in {seconds:0.0} s");
        return 0;
    }

    private static int Lookup(string name, TextWriter stdout, TextWriter stderr, int limit)
    {
        var gazetteer = GazetteerStore.Load(progress: new LineProgress(stderr));
        foreach (var p in gazetteer.Lookup(name).Take(limit))
        {
            stdout.WriteLine(JsonSerializer.Serialize(new LookupLine(
                p.Id, p.Kind.ToString().ToLowerInvariant(), p.Name, p.Code, Math.Round(p.Lat, 5), Math.Round(p.Lon, 5), p.Population, p.CountryCode, p.GeonameId)));
        }
        return 0;
    }

    private static int Usage(TextWriter stderr)
    {
        stderr.WriteLine("usage: incidentmap gazetteer build | gazetteer lookup NAME [--limit N]");
        return 2;
    }

    private sealed class LineProgress(TextWriter writer) : IProgress<string>
    {
        public void Report(string value)
        {
            lock (writer) writer.WriteLine(value);
        }
    }
}
