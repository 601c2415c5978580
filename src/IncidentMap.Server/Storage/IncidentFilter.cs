namespace IncidentMap.Server.Storage;

/// <summary>The filters every incident-based query accepts. Null means "no filter".</summary>
public sealed record IncidentFilter
{
    /// <summary>Longitude/latitude box the incident's point must fall in (edges included); may cross the antimeridian.</summary>
    public GeoBox? Bbox { get; init; }

    /// <summary>Incidents dated on or after this instant's UTC day; open when null.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Incidents dated on or before this instant's UTC day; open when null.</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>Incident types or subtypes; an incident matches when its type or subtype is listed.</summary>
    public IReadOnlyList<string>? Types { get; init; }

    /// <summary>Alpha-3 country code one of the incident's places lies in (or borders).</summary>
    public string? Country { get; init; }

    public long? ArticleId { get; init; }

    /// <summary>At most this many; <see cref="int.MaxValue"/> for every match (downloads).</summary>
    public int Limit { get; init; } = 100;

    public int Offset { get; init; }

    /// <summary>Start after this incident (keyset paging); applied before <see cref="Offset"/>.</summary>
    public IncidentCursor? After { get; init; }

    /// <summary>True when any condition narrows the incidents (paging aside).</summary>
    public bool HasConditions => Bbox is not null || From is not null || To is not null || Types is { Count: > 0 }
        || Country is not null || ArticleId is not null;
}
