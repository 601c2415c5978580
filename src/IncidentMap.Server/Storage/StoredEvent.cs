using IncidentMap.Geoparsing.Parsing;
using NetTopologySuite.Geometries;

namespace IncidentMap.Server.Storage;

/// <summary>One happening, reported by one or more incidents from different articles, with every published copy
/// that reported it.</summary>
public sealed record StoredEvent
{
    public required long Id { get; init; }
    public required string Type { get; init; }
    public required string Subtype { get; init; }
    public DateOnly? Date { get; init; }
    public required DatePrecision DatePrecision { get; init; }

    /// <summary>The precision of its most precise report: 1 town, 2 region, 3 country, sea, airspace or border.</summary>
    public int? GeoPrecision { get; init; }

    /// <summary>The point of its most precise reports' place (SRID 4326); null when no report is located.</summary>
    public Point? Location { get; init; }

    public string? PlaceName { get; init; }

    public required IReadOnlyList<string> Countries { get; init; }

    public required IReadOnlyList<EventIncident> Incidents { get; init; }

    /// <summary>One per published copy of an article that reported it: a wire story carried by two outlets counts twice.</summary>
    public required IReadOnlyList<EventSource> Sources { get; init; }

    public required DateTimeOffset FirstSeen { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>How many published copies reported it.</summary>
    public int Reports => Sources.Count;
}
