using System.Globalization;

namespace IncidentMap.Server.Streaming;

/// <summary>How the live event stream behaves; defaults in code, overrides from the environment.</summary>
public sealed record StreamOptions
{
    /// <summary><c>INCIDENTMAP_STREAM_HEARTBEAT_SECONDS</c>: a comment line this often keeps proxies from closing an idle stream.</summary>
    public TimeSpan Heartbeat { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Messages a client may fall behind by; a client further behind is closed and catches up when it reconnects.</summary>
    public int QueueCapacity { get; init; } = 500;

    /// <summary><c>INCIDENTMAP_STREAM_MAX_CLIENTS</c>: live connections at once; more are answered 503.</summary>
    public int MaxClients { get; init; } = 5000;

    /// <summary>How long changes are kept for clients that reconnect with Last-Event-ID (at least the hour promised).</summary>
    public TimeSpan Retention { get; init; } = TimeSpan.FromHours(2);

    /// <summary>How often the change log is read when nothing in this process said it changed (writes by other processes).</summary>
    public TimeSpan Poll { get; init; } = TimeSpan.FromSeconds(1);

    public static StreamOptions From(IConfiguration configuration)
    {
        var options = new StreamOptions();
        if (double.TryParse(configuration["INCIDENTMAP_STREAM_HEARTBEAT_SECONDS"], NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s is >= 0.1 and <= 600)
            options = options with { Heartbeat = TimeSpan.FromSeconds(s) };
        if (int.TryParse(configuration["INCIDENTMAP_STREAM_MAX_CLIENTS"], CultureInfo.InvariantCulture, out var max) && max is >= 1 and <= 1_000_000)
            options = options with { MaxClients = max };
        return options;
    }
}
