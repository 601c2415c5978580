using System.Globalization;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;

// One verb per feature; each command lives in its own file.
return args.FirstOrDefault() switch
{
    "gazetteer" => IncidentMap.Cli.GazetteerCommand.Run(args[1..]),
    "geoparse" => IncidentMap.Cli.GeoparseCommand.Run(args[1..]),
    "ingest" => IncidentMap.Cli.IngestCommand.Run(args[1..]),
    "feeds" => IncidentMap.Cli.FeedsCommand.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: incidentmap <command> [options]");
    Console.Error.WriteLine("  gazetteer build | gazetteer lookup NAME");
    Console.Error.WriteLine("  geoparse FILE | geoparse --jsonl");
    Console.Error.WriteLine("  ingest [--server URL [--key KEY]] FILE...");
    Console.Error.WriteLine("  feeds add URL | feeds list | feeds poll [ID]");
    return 2;
}
