namespace IncidentMap.Server.Storage;

/// <summary>How far an incident is from a border line, geodesic on the spheroid.</summary>
/// <param name="OutlineKm">From the nearest outline of its places (0 when a region it is located at touches the border).</param>
/// <param name="PointKm">From its point, where its marker is drawn.</param>
public readonly record struct BorderDistance(double OutlineKm, double PointKm);
