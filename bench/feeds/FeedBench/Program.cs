using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using FeedBench;

// The feeds benchmark (docs/benchmarks/feeds.md). Usage:
//   FeedBench corpus OUT.jsonl                     the generated stories as geoparse input lines, to check them
//   FeedBench run SERVER.dll [FEEDS] [PER_FEED] [CLIENTS]
// The server runs on the embedded store in a temporary folder, or on PostGIS with BENCH_PG (a connection string to
// an empty database); INCIDENTMAP_GEODATA and INCIDENTMAP_GAZETTEER_CACHE pass through.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var here = AppContext.BaseDirectory;
var benchDir = Path.GetFullPath(Path.Combine(here, "../../../.."));
string[] Lines(string file) => [.. File.ReadLines(Path.Combine(benchDir, file)).Where(l => l.Length > 0 && !l.StartsWith('#'))];
int Arg(int i, int fallback) => args.Length > i ? int.Parse(args[i], CultureInfo.InvariantCulture) : fallback;

if (args is ["corpus", var output])
{
    var sample = Corpus.Generate(20, 50, Lines("towns.txt"), Lines("filler.txt"));
    await File.WriteAllLinesAsync(output, sample.Items.Select(i => JsonSerializer.Serialize(new { id = i.Key, text = i.Text, date = i.Published.ToString("yyyy-MM-dd") })));
    return 0;
}
if (args.Length < 2 || args[0] != "run")
{
    Console.Error.WriteLine("usage: FeedBench run SERVER.dll [FEEDS=200] [PER_FEED=50] [CLIENTS=100] | FeedBench corpus OUT.jsonl");
    return 2;
}

var (feeds, perFeed, clients) = (Arg(2, 200), Arg(3, 50), Arg(4, 100));
var corpus = Corpus.Generate(feeds, perFeed, Lines("towns.txt"), Lines("filler.txt"));
var copies = corpus.Items.Count - corpus.Items.Select(i => i.Story).Distinct().Count();
Console.WriteLine($"corpus: {corpus.Items.Count} items in {feeds} feeds, {corpus.Items.Select(i => i.Story).Distinct().Count()} stories "
    + $"({copies} items are copies of another outlet's story), {corpus.Items.Select(i => i.Happening).Distinct().Count()} happenings, "
    + $"{corpus.Items.Count(i => i.SummaryOnly)} items with only a summary");
await using var site = await Site.StartAsync(corpus);

var data = Directory.CreateTempSubdirectory("incidentmap-feedbench-").FullName;
var environment = new Dictionary<string, string>
{
    ["INCIDENTMAP_DATA"] = data,
    ["INCIDENTMAP_FEEDS_ALLOW_PRIVATE"] = "true",
    ["INCIDENTMAP_FEEDS_FIRST_POLL_SECONDS"] = "0",
    ["Logging__LogLevel__Default"] = "Warning",
};
foreach (var name in new[] { "INCIDENTMAP_GEODATA", "INCIDENTMAP_GAZETTEER_CACHE", "INCIDENTMAP_FEEDS_PARALLEL" })
    if (Environment.GetEnvironmentVariable(name) is { Length: > 0 } value) environment[name] = value;
if (Environment.GetEnvironmentVariable("BENCH_PG") is { Length: > 0 } pg) environment["ConnectionStrings__IncidentMap"] = pg;
Console.WriteLine($"store: {(environment.ContainsKey("ConnectionStrings__IncidentMap") ? "PostGIS" : "embedded")}, "
    + $"feed polls at once: {environment.GetValueOrDefault("INCIDENTMAP_FEEDS_PARALLEL", "4 (default)")}");

await using var server = await ServerProcess.StartAsync(args[1], environment);
using var api = new HttpClient { BaseAddress = new Uri(server.BaseUrl), Timeout = TimeSpan.FromMinutes(5) };
// The server warms up in the background after it is ready (the basemap's outlines): measure once it is idle.
for (var idle = 0; idle < 3;)
{
    var before = server.CpuSeconds();
    await Task.Delay(1000);
    idle = server.CpuSeconds() - before < 0.1 ? idle + 1 : 0;
}
Console.WriteLine($"server ready and idle: {server.RssBytes() / 1048576} MiB resident");
await using var listeners = await Listeners.ConnectAsync(server.BaseUrl, clients);
Console.WriteLine($"{listeners.Connected} live clients connected");

if (Environment.GetEnvironmentVariable("BENCH_TRACE") is { Length: > 0 } trace)
{
    // A CPU profile of the server during the run (dotnet-trace), for finding where the time goes.
    Process.Start("dotnet-trace", ["collect", "-p", server.Pid.ToString(CultureInfo.InvariantCulture), "--format", "Speedscope", "-o", trace, "--duration", "00:00:00:40"]);
    await Task.Delay(3000);
}
var database = environment.TryGetValue("ConnectionStrings__IncidentMap", out var pgConnection) ? DatabaseCpu.Find(pgConnection) : null;
var cpuBefore = server.CpuSeconds();
var databaseBefore = database?.Seconds() ?? 0;
var clock = Stopwatch.StartNew();
await Parallel.ForAsync(0, feeds, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (f, ct) =>
{
    using var response = await api.PostAsJsonAsync("/api/feeds", new { url = $"{site.BaseUrl}/feeds/{f}", interval_minutes = 60 }, ct);
    response.EnsureSuccessStatusCode();
});
JsonElement[] status;
while (true)
{
    status = [.. (await api.GetFromJsonAsync<JsonElement>("/api/feeds")).EnumerateArray()];
    if (status.All(f => f.GetProperty("last_polled_at").ValueKind != JsonValueKind.Null)) break;
    await Task.Delay(250);
}
var elapsed = clock.Elapsed.TotalSeconds;
var cpu = server.CpuSeconds() - cpuBefore;
var databaseCpu = (database?.Seconds() ?? 0) - databaseBefore;
// The last messages go out within moments of the last poll; wait until the stream is quiet.
while (DateTime.UtcNow - listeners.LastMessage < TimeSpan.FromSeconds(3)) await Task.Delay(250);

var seen = status.Sum(f => f.GetProperty("items_seen").GetInt64());
var created = status.Sum(f => f.GetProperty("articles_created").GetInt64());
var errors = status.Where(f => f.GetProperty("last_error").ValueKind != JsonValueKind.Null).Select(f => f.GetProperty("last_error").GetString()).ToList();
Console.WriteLine($"polled {feeds} feeds: {seen} items seen, {created} articles created, {errors.Count} feeds with an error{(errors.Count > 0 ? ": " + errors[0] : "")}");
Console.WriteLine($"throughput: {corpus.Items.Count} items from the first poll to the last stored event in {elapsed:0.0} s = {corpus.Items.Count / elapsed:0} items/s; "
    + $"the server used {cpu:0.0} s of CPU = {corpus.Items.Count / cpu:0} items per CPU second"
    + (database is null ? "" : $"; PostgreSQL used {databaseCpu:0.0} s = {corpus.Items.Count / (cpu + databaseCpu):0} items per CPU second of both"));
Console.WriteLine($"server memory: peak {server.PeakRssBytes / 1048576} MiB resident (sampled every 200 ms), high-water mark {server.HighWaterBytes() / 1048576} MiB");

// Which article and which event each item ended in, from the articles' sources and incidents.
var stored = new Dictionary<string, (long Article, long? Event)>(StringComparer.Ordinal);
var misses = 0;
for (var id = 1L; misses < 200; id++)
{
    using var response = await api.GetAsync($"/api/articles/{id}");
    if (!response.IsSuccessStatusCode) { misses++; continue; }
    misses = 0;
    var article = await response.Content.ReadFromJsonAsync<JsonElement>();
    var eventId = article.GetProperty("incidents").GetProperty("features").EnumerateArray()
        .Select(f => f.GetProperty("properties").GetProperty("event_id")).Where(e => e.ValueKind == JsonValueKind.Number).Select(e => (long?)e.GetInt64()).FirstOrDefault();
    foreach (var source in article.GetProperty("sources").EnumerateArray())
    {
        if (source.GetProperty("url").GetString() is { } url) stored[url.Split('?')[0]] = (id, eventId);
    }
}
var placed = corpus.Items.Select(i => stored.TryGetValue((site.BaseUrl + i.Url).Split('?')[0], out var s) ? s : ((long Article, long? Event)?)null).ToList();
var lost = placed.Count(p => p is null);
var duplicates = PairScore.Of([.. corpus.Items.Select((i, k) => (i.Story, placed[k]?.Article ?? -1 - k))]);
var events = PairScore.Of([.. corpus.Items.Select((i, k) => (i.Happening, placed[k]?.Event ?? -1 - k))]);
Console.WriteLine($"duplicates: precision {duplicates.Precision:0.0000}, recall {duplicates.Recall:0.0000} over item pairs "
    + $"({duplicates.TruePairs} found, {duplicates.FalseMerges} false merges, {duplicates.Missed} missed); {lost} items not found in any article");
Console.WriteLine($"events: precision {events.Precision:0.0000}, recall {events.Recall:0.0000} over item pairs "
    + $"({events.TruePairs} together, {events.FalseMerges} wrongly together, {events.Missed} wrongly apart)");

var latencies = listeners.LatenciesMs.Order().ToArray();
double Percentile(double p) => latencies.Length == 0 ? double.NaN : latencies[Math.Min(latencies.Length - 1, (int)Math.Ceiling(p * latencies.Length) - 1)];
Console.WriteLine($"live stream: {listeners.Connected} clients, {latencies.Length} event messages received ({latencies.Length / Math.Max(1, listeners.Connected)} per client), "
    + $"{listeners.ClosedByServer} clients closed by the server; latency from the event's change to the client: "
    + $"p50 {Percentile(0.50):0} ms, p99 {Percentile(0.99):0} ms, max {Percentile(1.0):0} ms");
try
{
    Directory.Delete(data, recursive: true);
}
catch (IOException)
{
    // the server may still hold a file; the temp folder is cleaned by the system
}
return 0;
