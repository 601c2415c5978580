namespace IncidentMap.Server.Stats;

/// <summary>One bar of the timeline: the incidents dated from <paramref name="Start"/> to <paramref name="End"/> (both included).</summary>
public sealed record TimelineBucket(DateOnly Start, DateOnly End, long Count);

/// <summary>The timeline: incidents per day, week or month (chosen by the span of their dates).</summary>
/// <param name="Interval">day, week (Monday to Sunday) or month.</param>
/// <param name="First">The first incident date, null when none matches.</param>
/// <param name="Last">The last incident date.</param>
/// <param name="Total">Dated incidents matching, the sum of the buckets.</param>
/// <param name="Buckets">Every bucket from the first to the last date, empty ones included, oldest first.</param>
public sealed record Timeline(string Interval, DateOnly? First, DateOnly? Last, long Total, IReadOnlyList<TimelineBucket> Buckets);
