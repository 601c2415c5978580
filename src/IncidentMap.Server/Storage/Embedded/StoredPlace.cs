using IncidentMap.Geoparsing.Places;
using NetTopologySuite.Geometries;

namespace IncidentMap.Server.Storage.Embedded;

/// <summary>A place as the embedded store keeps it: the gazetteer fields incidents and areas need, with the geometry.</summary>
internal sealed record StoredPlace(string Id, PlaceKind Kind, string Name, string? Code, string? CountryCode, double Lat, double Lon, Geometry Geometry)
{
    public static StoredPlace From(Place place) =>
        new(place.Id, place.Kind, place.Name, place.Code, place.CountryCode, place.Lat, place.Lon, place.Geometry);
}
