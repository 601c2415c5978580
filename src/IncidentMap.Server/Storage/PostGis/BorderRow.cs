namespace IncidentMap.Server.Storage.PostGis;

/// <summary>A row of <c>borders</c>: a land border; its line is the geometry of the place with the same id.</summary>
public sealed class BorderRow
{
    public required string PlaceId { get; set; }
    public PlaceRow? Place { get; set; }
    public required string CountryA { get; set; }
    public required string NameA { get; set; }
    public required string CountryB { get; set; }
    public required string NameB { get; set; }
    public double LengthKm { get; set; }
}
