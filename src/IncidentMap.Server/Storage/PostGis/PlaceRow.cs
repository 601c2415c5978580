using IncidentMap.Geoparsing.Places;
using NetTopologySuite.Geometries;

namespace IncidentMap.Server.Storage.PostGis;

/// <summary>A row of <c>places</c>: a gazetteer entry with its full geometry, stored once.</summary>
public sealed class PlaceRow
{
    public required string Id { get; set; }
    public required PlaceKind Kind { get; set; }
    public required string Name { get; set; }
    public string? Code { get; set; }
    public string? CountryCode { get; set; }
    public double Lat { get; set; }
    public double Lon { get; set; }
    public required Geometry Geometry { get; set; }
}
