using NetTopologySuite.Geometries;

namespace IncidentMap.Server.Storage;

/// <summary>A land border between two countries (alpha-3 codes in alphabetical order).</summary>
/// <param name="Id">Gazetteer id: <c>border:BLR-POL</c>.</param>
/// <param name="CountryA">Alpha-3 of the first country (alphabetically).</param>
/// <param name="NameA">Its English name.</param>
/// <param name="CountryB">Alpha-3 of the second country.</param>
/// <param name="NameB">Its English name.</param>
/// <param name="Geometry">The line in SRID 4326.</param>
/// <param name="LengthKm">Geodesic length of the line.</param>
public sealed record BorderLine(
    string Id,
    string CountryA,
    string NameA,
    string CountryB,
    string NameB,
    double LengthKm,
    Geometry Geometry);
