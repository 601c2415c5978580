using IncidentMap.Geoparsing.Parsing;
using NetTopologySuite.Geometries;

namespace IncidentMap.Server.Storage.PostGis;

/// <summary>A row of <c>incidents</c>.</summary>
public sealed class IncidentRow
{
    public long Id { get; set; }
    public long ArticleId { get; set; }
    public ArticleRow? Article { get; set; }

    /// <summary>Position among the article's incidents, to keep the geoparser's order.</summary>
    public int Ordinal { get; set; }

    public required string Type { get; set; }
    public required string Subtype { get; set; }
    public DateOnly? Date { get; set; }
    public required DatePrecision DatePrecision { get; set; }
    public int? GeoPrecision { get; set; }
    public required string Summary { get; set; }
    public int SummaryStart { get; set; }
    public int SummaryEnd { get; set; }
    public required string[] Actors { get; set; }
    public required string[] Countries { get; set; }
    public Point? Location { get; set; }

    /// <summary>The GeoJSON properties without the ids, rendered at ingest (<c>IncidentProperties</c>): the read path
    /// streams them as they are.</summary>
    public byte[]? RenderedProperties { get; set; }
    public List<IncidentPlaceRow> Places { get; set; } = [];

    /// <summary>The event the incident reports; null until grouped.</summary>
    public long? EventId { get; set; }
}
