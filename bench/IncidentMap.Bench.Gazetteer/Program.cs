using System.Globalization;
using IncidentMap.Bench.Gazetteer;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;

// Gazetteer benchmarks; figures go to docs/benchmarks/gazetteer.md with the command that produced them.
return args.FirstOrDefault() switch
{
    "build" => SpeedBench.Build(),
    "load" => SpeedBench.Load(),
    "lookup" => SpeedBench.Lookups(args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 5),
    "coverage" => CoverageBench.Run(args.Length > 1 ? args[1] : "../shared/eval/geovirus.jsonl"),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: bench build | load | lookup [SECONDS] | coverage [CORPUS.jsonl]");
    return 2;
}
