namespace IncidentMap.Server.Storage;

/// <summary>Incidents near a border line.</summary>
/// <param name="BorderId">Gazetteer border id, <c>border:BLR-POL</c> (see <c>Gazetteer.FindBorder</c>).</param>
/// <param name="Km">Maximum geodesic distance from the line, in kilometres.</param>
/// <param name="MaxGeoPrecision">Drop incidents less precise than this (3 keeps all, 2 drops country-level).</param>
/// <param name="Filter">The usual incident filters, limit and offset included.</param>
public sealed record NearBorderQuery(string BorderId, double Km, int? MaxGeoPrecision, IncidentFilter Filter);
