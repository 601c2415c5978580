using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace IncidentMap.Server.Telemetry;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>
    /// Metrics for Prometheus at <c>/metrics</c>: request rate and latency per route, the product's own instruments,
    /// the database pool and the runtime. Traces go to an OTLP collector when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set.
    /// </summary>
    public static IServiceCollection AddIncidentMapTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IncidentMapMetrics>();
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("incidentmap"))
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddNpgsqlInstrumentation()
                .AddMeter(IncidentMapMetrics.MeterName)
                // Every scrape reads current values: a monitoring stack scrapes every few seconds, tests right after a request.
                .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0));
        if (!string.IsNullOrEmpty(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.WithTracing(t => Npgsql.TracerProviderBuilderExtensions.AddNpgsql(t.AddAspNetCoreInstrumentation()).AddOtlpExporter());
        }
        return services;
    }
}
