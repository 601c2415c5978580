namespace IncidentMap.Server.Storage;

/// <summary>A feed to follow, as submitted.</summary>
public sealed record NewFeed
{
    /// <summary>The feed's address in canonical form (see <c>CanonicalUrl</c>): the key that makes a feed unique.</summary>
    public required string Url { get; init; }

    public string? Title { get; init; }

    public required int IntervalMinutes { get; init; }

    /// <summary>When the first poll is due.</summary>
    public required DateTimeOffset FirstPollAt { get; init; }
}
