using IncidentMap.Geoparsing.Parsing;
using NetTopologySuite.Geometries;

namespace IncidentMap.Server.Storage;

/// <summary>A stored incident with what a map popup or a GIS attribute table needs.</summary>
public sealed record StoredIncident
{
    public required long Id { get; init; }
    public required string Type { get; init; }
    public required string Subtype { get; init; }
    public DateOnly? Date { get; init; }
    public required DatePrecision DatePrecision { get; init; }

    /// <summary>1 town, 2 region or near a town, 3 country, sea, airspace or border; null when unlocated.</summary>
    public int? GeoPrecision { get; init; }

    /// <summary>The sentence that reports the event.</summary>
    public required string Summary { get; init; }

    /// <summary>Where <see cref="Summary"/> sits in the article text (end exclusive).</summary>
    public required TextSpan SummarySpan { get; init; }

    public required IReadOnlyList<string> Actors { get; init; }

    /// <summary>The places the event happened at, in the geoparser's order.</summary>
    public required IReadOnlyList<IncidentPlace> Places { get; init; }

    /// <summary>Alpha-3 codes of the countries of its places (both countries for a border).</summary>
    public required IReadOnlyList<string> Countries { get; init; }

    /// <summary>The point of its most precise place (SRID 4326); null when unlocated.</summary>
    public Point? Location { get; init; }

    public required ArticleRef Article { get; init; }

    /// <summary>The event it reports, with the other articles' reports of the same happening.</summary>
    public long? EventId { get; init; }
}
