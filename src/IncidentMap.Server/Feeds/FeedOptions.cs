using System.Globalization;

namespace IncidentMap.Server.Feeds;

/// <summary>How feeds are fetched and polled; defaults in code, overrides from the environment.</summary>
public sealed record FeedOptions
{
    /// <summary><c>INCIDENTMAP_FEEDS_ALLOW_PRIVATE=true</c>: fetch from loopback and private addresses too (test set-ups).</summary>
    public bool AllowPrivateAddresses { get; init; }

    /// <summary><c>INCIDENTMAP_FEEDS_POLL=false</c> leaves polling to explicit requests (API, command line).</summary>
    public bool PollInBackground { get; init; } = true;

    /// <summary><c>INCIDENTMAP_FEEDS_PARALLEL</c>: feeds polled at once.</summary>
    public int Parallelism { get; init; } = 4;

    /// <summary><c>INCIDENTMAP_FEEDS_TIMEOUT_SECONDS</c>: the most one fetch (headers and body) may take.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary><c>INCIDENTMAP_FEEDS_MAX_MB</c>: the largest feed document read (after decompression).</summary>
    public long MaxFeedBytes { get; init; } = 8L * 1024 * 1024;

    /// <summary>The largest article page read.</summary>
    public long MaxPageBytes { get; init; } = 2L * 1024 * 1024;

    /// <summary>Items read from one document at most: a feed of ten thousand items is read a few hundred at a time.</summary>
    public int MaxItemsPerPoll { get; init; } = 300;

    /// <summary><c>INCIDENTMAP_FEEDS_FIRST_POLL_SECONDS</c>: a new feed's first poll falls at random within this
    /// spread, so feeds added together do not fire together.</summary>
    public TimeSpan FirstPollSpread { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Replaces the address check (a reason to refuse, or null); for tests of the guard itself.</summary>
    internal Func<System.Net.IPAddress, string?>? AddressPolicy { get; init; }

    public static FeedOptions From(IConfiguration configuration)
    {
        var options = new FeedOptions();
        return options with
        {
            AllowPrivateAddresses = Flag(configuration["INCIDENTMAP_FEEDS_ALLOW_PRIVATE"], options.AllowPrivateAddresses),
            PollInBackground = Flag(configuration["INCIDENTMAP_FEEDS_POLL"], options.PollInBackground),
            Parallelism = Number(configuration["INCIDENTMAP_FEEDS_PARALLEL"], 1, 64) is { } p ? (int)p : options.Parallelism,
            Timeout = Number(configuration["INCIDENTMAP_FEEDS_TIMEOUT_SECONDS"], 0.1, 600) is { } t ? TimeSpan.FromSeconds(t) : options.Timeout,
            MaxFeedBytes = Number(configuration["INCIDENTMAP_FEEDS_MAX_MB"], 0.01, 1024) is { } mb ? (long)(mb * 1024 * 1024) : options.MaxFeedBytes,
            FirstPollSpread = Number(configuration["INCIDENTMAP_FEEDS_FIRST_POLL_SECONDS"], 0, 3600) is { } s ? TimeSpan.FromSeconds(s) : options.FirstPollSpread,
        };
    }

    private static bool Flag(string? value, bool fallback) => value?.Trim().ToLowerInvariant() switch
    {
        "true" or "1" or "yes" => true,
        "false" or "0" or "no" => false,
        _ => fallback,
    };

    private static double? Number(string? value, double min, double max) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max ? n : null;
}
