using System.Globalization;
using System.Text.Json;
using IncidentMap.Geoparsing;
using IncidentMap.Server.Articles;
using IncidentMap.Server.Basemap;
using IncidentMap.Server.Caching;
using IncidentMap.Server.Errors;
using IncidentMap.Server.Events;
using IncidentMap.Server.Feeds;
using IncidentMap.Server.Geodata;
using IncidentMap.Server.Health;
using IncidentMap.Server.Protection;
using IncidentMap.Server.Seeding;
using IncidentMap.Server.Storage;
using IncidentMap.Server.Storage.Embedded;
using IncidentMap.Server.Streaming;
using IncidentMap.Server.Telemetry;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using NetTopologySuite.IO.Converters;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
// Articles may be posted in legacy charsets (windows-1251, koi8-r, shift_jis), not only in UTF-8.
System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
var builder = WebApplication.CreateBuilder(args);

// Gazetteer (loaded once from INCIDENTMAP_GEODATA) and the geoparser over it.
builder.Services.AddGazetteerAndGeoparser(builder.Configuration);

// Store: PostGIS with ConnectionStrings:IncidentMap, else the embedded file store under INCIDENTMAP_DATA.
builder.Services.AddIncidentStore(builder.Configuration);

// Start-up: migrate, sync borders, seed an empty store; readiness gates store requests until then.
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<ServerReadiness>();
builder.Services.AddSingleton<SeedArticles>();
builder.Services.AddHostedService<StoreInitializer>();

// Feeds: followed news feeds, polled in the background through the address-guarded HTTP client.
builder.Services.AddFeeds(builder.Configuration, background: true);

// Events: incidents stored before events existed are grouped in the background (INCIDENTMAP_EVENT_BACKFILL=false
// postpones that to a later start, e.g. while measuring a bulk-loaded store); every event change goes out live.
if (builder.Configuration.GetValue("INCIDENTMAP_EVENT_BACKFILL", true)) builder.Services.AddHostedService<EventBackfill>();
builder.Services.AddEventStream(builder.Configuration);

// Controllers with GeoJSON (one converter, one SRID 4326 factory) and snake_case properties.
builder.Services.AddControllers(o =>
    {
        o.Filters.Add<RepeatedParameterFilter>();
        o.Filters.Add<StoreReadyFilter>();
        o.Conventions.Add(new WriteAccessConvention());
        // No endpoint takes a form: a posted form is not read (nor buffered) before the action refuses its type.
        foreach (var form in o.ValueProviderFactories.Where(f => f is FormValueProviderFactory or FormFileValueProviderFactory).ToList())
            o.ValueProviderFactories.Remove(form);
    })
    .ConfigureApiBehaviorOptions(o => o.InvalidModelStateResponseFactory = InvalidModelState.Answer)
    .AddJsonOptions(o =>
    {
        o.JsonSerializerOptions.Converters.Add(new GeoJsonConverterFactory(GeometryFactories.Wgs84));
        o.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
    });

// Errors: every failure is problem+json; bad parameters are 400s naming the parameter, never 500s.
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<ProblemExceptionHandler>();

// Cross-origin reads for other web maps; writes are refused to pages on other sites (WriteAccessAttribute).
builder.Services.AddReadCors();

// A public deployment: per-client rate limits on writes and costly reads, and a time limit on every request.
builder.Services.AddRateLimits(builder.Configuration);
builder.Services.AddRequestTimeouts(builder.Configuration);

// Brotli or gzip for JSON, GeoJSON and problem+json.
builder.Services.AddJsonCompression();

// Health: live = the process answers; ready = the store is initialized and its database reachable.
var healthChecks = builder.Services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: ["ready"]);
if (!string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString("IncidentMap")))
    healthChecks.AddCheck<DatabaseHostsHealthCheck>("database-hosts", tags: ["ready"]);

// Cache of store reads per URL, dropped on every write.
builder.Services.AddLayerCache(builder.Configuration);

// Metrics for Prometheus at /metrics (requests per route, ingest, geoparse time, database pool, runtime); OTLP traces.
builder.Services.AddIncidentMapTelemetry(builder.Configuration);

// OpenAPI document for the whole API: OpenAPI 3.1 at /openapi/v1.json, and OpenAPI 3.0 at /ogc/api, the version the
// OGC API conformance declares (oas30). Both describe the article body and the bearer key, so /docs can send a write.
foreach (var (name, version) in new[] { ("v1", Microsoft.OpenApi.OpenApiSpecVersion.OpenApi3_1), ("api", Microsoft.OpenApi.OpenApiSpecVersion.OpenApi3_0) })
{
    builder.Services.AddOpenApi(name, o =>
    {
        o.OpenApiVersion = version;
        o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "IncidentMap";
            document.Info.Description = "Incidents located from news articles: ingest, GeoJSON layers, near-border queries, OGC API – Features.";
            return Task.CompletedTask;
        });
        o.AddDocumentTransformer<WriteOperationsOpenApi>();
        o.AddOperationTransformer<WriteOperationsOpenApi>();
    });
}

var app = builder.Build();

app.Logger.LogInformation("Store: {Store}", StorageServiceCollectionExtensions.DescribeIncidentStore(app.Configuration));
if (string.IsNullOrEmpty(app.Configuration["INCIDENTMAP_API_KEY"]))
    app.Logger.LogWarning("INCIDENTMAP_API_KEY is not set: writes are accepted from loopback only");

// The basemap's simplified outlines are built once, in the background, so the first page load does not wait.
app.Lifetime.ApplicationStarted.Register(() => _ = Task.Run(() => BasemapLayers.WarmUp(app.Services, app.Logger)));

app.UseResponseCompression();
app.UseExceptionHandler();
app.UseStatusCodePages();

app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = HealthReportWriter.WriteAsync });

app.MapPrometheusScrapingEndpoint("/metrics");

app.MapOpenApi();
app.MapOpenApi("/ogc/{documentName:regex(^api$)}");
// Browsable API page at /docs; Swagger UI's assets are embedded in the package, so it works offline.
app.UseSwaggerUI(o =>
{
    o.SwaggerEndpoint("/openapi/v1.json", "IncidentMap");
    o.RoutePrefix = "docs";
});

// The map page (wwwroot) and the API controllers.
app.UseDefaultFiles();
app.UseStaticFiles();
app.UseRouting();
app.UseReadCors();
app.UseRateLimiter();
app.UseRequestTimeouts();
app.UseOutputCache();
app.MapControllers();

try
{
    app.Run();
}
catch (StoreLockedException e)
{
    app.Logger.LogCritical("{Message}", e.Message);
    return 1;
}
return 0;

/// <summary>Entry point, visible to the HTTP-level tests.</summary>
public partial class Program;
