using IncidentMap.Geoparsing.Places;
using NetTopologySuite.Geometries;

namespace IncidentMap.Server.Storage;

/// <summary>A region, sea, airspace or country polygon incidents are located at.</summary>
/// <param name="Id">Gazetteer id: <c>sea:Baltic Sea</c>.</param>
/// <param name="Kind">Admin-1, sea, airspace, country, region or continent.</param>
/// <param name="Name">Preferred English name.</param>
/// <param name="Code">The place's code.</param>
/// <param name="CountryCode">Alpha-3 of its country, null for seas.</param>
/// <param name="Geometry">Polygon in SRID 4326.</param>
/// <param name="IncidentCount">Matching incidents located at this place.</param>
public sealed record Area(string Id, PlaceKind Kind, string Name, string? Code, string? CountryCode, Geometry Geometry, long IncidentCount);
