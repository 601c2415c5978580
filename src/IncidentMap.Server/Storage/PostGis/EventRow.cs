using IncidentMap.Geoparsing.Parsing;
using NetTopologySuite.Geometries;

namespace IncidentMap.Server.Storage.PostGis;

/// <summary>A row of <c>events</c>: what a happening's incidents say together (its incidents point to it).</summary>
public sealed class EventRow
{
    public long Id { get; set; }
    public required string Type { get; set; }
    public required string Subtype { get; set; }
    public DateOnly? Date { get; set; }
    public required DatePrecision DatePrecision { get; set; }
    public int? GeoPrecision { get; set; }
    public Point? Location { get; set; }
    public string? PlaceName { get; set; }
    public required string[] Countries { get; set; }
    public DateTimeOffset FirstSeen { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
