using System.Globalization;
using IncidentMap.Bench.Resolver;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;

// Learns the resolver's weights from a gold corpus and measures them by cross-validation against the hand weights;
// figures go to docs/benchmarks/geoparser.md with the command that produced them.
//   cv CORPUS.jsonl [--folds 5] [--rounds 2] [--prior hand|zero] [--out DIR] [--write WEIGHTS.tsv]
//   misses CORPUS.jsonl [TABLE.tsv]   the error table: matched toponyms beyond 161 km and unmatched gold, by class
//   profile CORPUS.jsonl [REPEATS]   time and allocations of each phase of the parse, one thread
if (args.Length >= 2 && args[0] == "misses") return Misses.Run(args[1], args.Length > 2 ? args[2] : null);
if (args.Length >= 2 && args[0] == "profile") return PhaseProfile.Run(args[1], args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10);
if (args.Length < 2 || args[0] != "cv")
{
    Console.Error.WriteLine("usage: cv CORPUS.jsonl [--folds 5] [--rounds 2] [--prior hand|zero] [--out DIR] [--write WEIGHTS.tsv]");
    Console.Error.WriteLine("       misses CORPUS.jsonl [TABLE.tsv]");
    Console.Error.WriteLine("       profile CORPUS.jsonl [REPEATS]");
    return 2;
}
string? Option(string name) => Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;
return CrossValidation.Run(args[1], int.Parse(Option("--folds") ?? "5", CultureInfo.InvariantCulture),
    int.Parse(Option("--rounds") ?? "2", CultureInfo.InvariantCulture), Option("--prior") ?? "hand", Option("--out"), Option("--write"));
