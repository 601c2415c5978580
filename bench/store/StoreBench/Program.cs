using System.Globalization;
using IncidentMap.Geoparsing.Places;
using IncidentMap.Server.Storage;
using IncidentMap.Server.Storage.PostGis;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using StoreBench;

// The store benchmark: bulk-load synthetic incidents over Europe into PostGIS, then time the store.
//   load   CONNECTION [INCIDENTS]          migrate, sync borders, COPY INCIDENTS synthetic incidents (default 1,000,000)
//   near   CONNECTION [RUNS]               POL–BLR 50 km through the store: p50 and p99 of the first page and of the next
//   ingest CONNECTION [ARTICLES] [WRITERS] articles per second through the store
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
if (args.Length < 2)
{
    await Console.Error.WriteLineAsync("usage: StoreBench load|near|ingest CONNECTION [COUNT] [WRITERS]");
    return 2;
}
var verb = args[0];
// Migrations may backfill tables on a loaded database: no command timeout for the benchmark.
var connection = new Npgsql.NpgsqlConnectionStringBuilder(args[1]) { CommandTimeout = 0 }.ConnectionString;
int Arg(int i, int fallback) => args.Length > i ? int.Parse(args[i], CultureInfo.InvariantCulture) : fallback;

var gazetteer = GazetteerStore.Load(progress: new Progress<string>(Console.Error.WriteLine));
var options = new DbContextOptionsBuilder<IncidentDbContext>();
IncidentDbContext.Configure(options, connection);
IIncidentStore store = new PostGisIncidentStore(new PooledDbContextFactory<IncidentDbContext>(options.Options));
await store.InitializeAsync(gazetteer, CancellationToken.None);
var europe = new SyntheticEurope(gazetteer, seed: 42);

switch (verb)
{
    case "load":
        await BulkLoader.LoadAsync(connection, europe, Arg(2, 1_000_000), CancellationToken.None);
        break;
    case "near":
        await Timings.NearBorderAsync(store, gazetteer, Arg(2, 300), CancellationToken.None);
        break;
    case "ingest":
        await Timings.IngestAsync(store, europe, Arg(2, 4000), Arg(3, 8), CancellationToken.None);
        break;
    default:
        await Console.Error.WriteLineAsync($"unknown verb {verb}");
        return 2;
}
return 0;
