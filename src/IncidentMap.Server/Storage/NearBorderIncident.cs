namespace IncidentMap.Server.Storage;

/// <summary>An incident with the geodesic distance from its nearest location geometry to the border line.</summary>
public sealed record NearBorderIncident(StoredIncident Incident, double DistanceKm);
