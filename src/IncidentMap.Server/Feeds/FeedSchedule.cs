namespace IncidentMap.Server.Feeds;

/// <summary>When a feed is polled next: on its interval with ±10 % jitter (so feeds added together drift apart),
/// doubling after each failure in a row up to a day, and never before a Retry-After the server gave.</summary>
public static class FeedSchedule
{
    public static readonly TimeSpan MaxDelay = TimeSpan.FromDays(1);

    /// <summary>How long a poll may hold a feed before another poller may take it.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(15);

    public static DateTimeOffset FirstPoll(DateTimeOffset now, int intervalMinutes, TimeSpan spread)
    {
        var window = Math.Min(spread.TotalSeconds, intervalMinutes * 60.0);
        return now + TimeSpan.FromSeconds(Random.Shared.NextDouble() * window);
    }

    public static DateTimeOffset Next(DateTimeOffset now, int intervalMinutes, int failures, TimeSpan? retryAfter)
    {
        var interval = TimeSpan.FromMinutes(intervalMinutes);
        var delay = failures == 0 ? interval : interval * Math.Pow(2, Math.Min(failures - 1, 16));
        if (delay > MaxDelay) delay = MaxDelay;
        delay *= 0.9 + Random.Shared.NextDouble() * 0.2;
        if (retryAfter is { } wait && wait > delay) delay = wait < MaxDelay ? wait : MaxDelay;
        return now + delay;
    }
}
