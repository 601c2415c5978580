using System.Diagnostics.Metrics;

namespace IncidentMap.Server.Telemetry;

/// <summary>
/// The product's own instruments, on the <c>IncidentMap</c> meter (exported at <c>/metrics</c> with the ASP.NET Core,
/// runtime and Npgsql pool metrics).
/// </summary>
public sealed class IncidentMapMetrics
{
    public const string MeterName = "IncidentMap";

    public IncidentMapMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        ArticlesIngested = meter.CreateCounter<long>("incidentmap.articles.ingested", "{article}",
            "Articles stored, by whether they were new (created) or a copy of one already stored.");
        GeoparseDuration = meter.CreateHistogram<double>("incidentmap.geoparse.duration", "s",
            "Time to geoparse one article.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.5] });
        FeedPolls = meter.CreateCounter<long>("incidentmap.feed.polls", "{poll}", "Feed polls, by outcome.");
        EventsCreated = meter.CreateCounter<long>("incidentmap.events.created", "{event}", "Events created from incidents.");
        StreamClients = meter.CreateUpDownCounter<long>("incidentmap.stream.clients", "{client}",
            "Server-sent-event clients connected to this instance.");
    }

    public Counter<long> ArticlesIngested { get; }

    public Histogram<double> GeoparseDuration { get; }

    public Counter<long> FeedPolls { get; }

    public Counter<long> EventsCreated { get; }

    public UpDownCounter<long> StreamClients { get; }
}
