namespace IncidentMap.Server.Storage;

/// <summary>An incident near a border with its distances to the line.</summary>
public sealed record NearBorderIncident(RenderedIncident Incident, BorderDistance Distance);
