namespace IncidentMap.Server.Storage;

/// <summary>Filters for the border lines.</summary>
public sealed record BorderFilter
{
    /// <summary>Longitude/latitude box the line must intersect.</summary>
    public GeoBox? Bbox { get; init; }

    /// <summary>Alpha-3 code of one of the two countries.</summary>
    public string? Country { get; init; }

    public int Limit { get; init; } = 1000;

    public int Offset { get; init; }
}
