using System.Globalization;
using System.Text.Json;
using IncidentMap.Geoparsing;
using IncidentMap.Server.Basemap;
using IncidentMap.Server.Caching;
using IncidentMap.Server.Errors;
using IncidentMap.Server.Events;
using IncidentMap.Server.Feeds;
using IncidentMap.Server.Geodata;
using IncidentMap.Server.Health;
using IncidentMap.Server.Seeding;
using IncidentMap.Server.Storage;
using IncidentMap.Server.Streaming;
using NetTopologySuite.IO.Converters;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
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

// Events: incidents stored before events existed are grouped in the background; every event change goes out live.
builder.Services.AddHostedService<EventBackfill>();
builder.Services.AddEventStream(builder.Configuration);

// Controllers with GeoJSON (one converter, one SRID 4326 factory) and snake_case properties.
builder.Services.AddControllers(o =>
    {
        o.Filters.Add<RepeatedParameterFilter>();
        o.Filters.Add<StoreReadyFilter>();
    })
    .AddJsonOptions(o =>
    {
        o.JsonSerializerOptions.Converters.Add(new GeoJsonConverterFactory(GeometryFactories.Wgs84));
        o.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
    });

// Errors: every failure is problem+json; bad parameters are 400s naming the parameter, never 500s.
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<ProblemExceptionHandler>();

// Health: live = the process answers; ready = the store is initialized and its database reachable.
builder.Services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: ["ready"]);

// Cache of store reads per URL, dropped on every write.
builder.Services.AddLayerCache(builder.Configuration);

// OpenAPI document for the whole API, served at /openapi/v1.json and /ogc/api.
builder.Services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
{
    document.Info.Title = "IncidentMap";
    document.Info.Description = "Incidents located from news articles: ingest, GeoJSON layers, near-border queries, OGC API – Features.";
    return Task.CompletedTask;
}));

var app = builder.Build();

if (string.IsNullOrEmpty(app.Configuration["INCIDENTMAP_API_KEY"]))
    app.Logger.LogWarning("INCIDENTMAP_API_KEY is not set: writes are accepted from loopback only");

// The basemap's simplified outlines are built once, in the background, so the first page load does not wait.
app.Lifetime.ApplicationStarted.Register(() => _ = Task.Run(() => BasemapLayers.WarmUp(app.Services, app.Logger)));

app.UseExceptionHandler();
app.UseStatusCodePages();

app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready") });

app.MapOpenApi();
app.MapOpenApi("/ogc/api");
// Browsable API page at /docs; Swagger UI's assets are embedded in the package, so it works offline.
app.UseSwaggerUI(o =>
{
    o.SwaggerEndpoint("/openapi/v1.json", "IncidentMap");
    o.RoutePrefix = "docs";
});

// The map page (wwwroot) and the API controllers.
app.UseDefaultFiles();
app.UseStaticFiles();
app.UseOutputCache();
app.MapControllers();

app.Run();

/// <summary>Entry point, visible to the HTTP-level tests.</summary>
public partial class Program;
