using NetTopologySuite.Geometries;

namespace IncidentMap.Server.Storage;

/// <summary>The incidents of one grid cell: how many, where on average, the box they span and how many of each type.</summary>
public sealed record IncidentCluster(long Count, double Lon, double Lat, Envelope Bounds, IReadOnlyDictionary<string, long> Types);
