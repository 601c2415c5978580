using System.Diagnostics;
using IncidentMap.Geoparsing.Places;

namespace IncidentMap.Bench.Gazetteer;

/// <summary>Build time, cache load time and memory, lookups per second on one core.</summary>
internal static class SpeedBench
{
    public static int Build()
    {
        var clock = Stopwatch.StartNew();
        var gazetteer = GazetteerStore.Build(progress: new Progress<string>(Console.Error.WriteLine));
        Console.WriteLine($"build from raw files: {clock.Elapsed.TotalSeconds:0.0} s, {gazetteer.Places.Count:N0} entries");
        return 0;
    }

    public static int Load()
    {
        var before = GC.GetTotalMemory(true);
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var gazetteer = GazetteerStore.Load();
        var seconds = clock.Elapsed.TotalSeconds;
        process.Refresh();
        var cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;
        var managed = GC.GetTotalMemory(true) - before;
        process.Refresh();
        // Wall time depends on what else the machine runs; CPU time (all threads) does not.
        Console.WriteLine($"cache load: {seconds:0.00} s wall, {cpuSeconds:0.00} s CPU (all threads), {gazetteer.Places.Count:N0} entries");
        Console.WriteLine($"managed heap after load: {managed / 1048576.0:0} MB; process working set: {process.WorkingSet64 / 1048576.0:0} MB");
        GC.KeepAlive(gazetteer);
        return 0;
    }

    public static int Lookups(double seconds)
    {
        var gazetteer = GazetteerStore.Load();
        // A mix of what a geoparser asks: known names of every kind, multi-word names, and unknown words.
        string[] probes =
        [
            "grodno", "kyiv", "kiev", "poland", "belarus", "baltic sea", "white sea", "dnipropetrovsk oblast", "grodno region",
            "london", "paris", "springfield", "new york", "moscow", "warsaw", "minsk", "vilnius", "riga", "lithuania",
            "the", "said", "drones", "friday", "president", "donald", "tusk", "nato", "exercise", "troops", "border",
            "polish belarusian border", "polish airspace", "barents sea", "middle east", "europe", "laurel county",
        ];
        var folded = probes.Select(p => NameFolding.Fold(p).ToCharArray()).ToArray();
        Thread.CurrentThread.Priority = ThreadPriority.Highest;
        long found = 0;
        for (var i = 0; i < 1_000_000; i++) found += gazetteer.LookupFolded(folded[i % folded.Length]).Count; // warm-up
        long calls = 0;
        var clock = Stopwatch.StartNew();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            for (var i = 0; i < 100_000; i++) found += gazetteer.LookupFolded(folded[i % folded.Length]).Count;
            calls += 100_000;
        }
        var elapsed = clock.Elapsed.TotalSeconds;
        var bytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
        Console.WriteLine($"lookups: {calls / elapsed / 1e6:0.00} M/s on one thread over {elapsed:0.0} s ({bytes / (double)calls:0.00} bytes allocated per lookup; {found} hits)");
        return 0;
    }
}
