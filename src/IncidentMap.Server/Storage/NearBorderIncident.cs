namespace IncidentMap.Server.Storage;

/// <summary>An incident near a border with its distances to the line.</summary>
/// <param name="Incident">The incident as the layers serve it.</param>
/// <param name="Distance">Its distances from the line, in kilometres.</param>
/// <param name="Metres">The distance the answer is ordered by (outline or point, as asked), in metres exactly as
/// stored: the position a <see cref="NearBorderCursor"/> resumes after.</param>
public sealed record NearBorderIncident(RenderedIncident Incident, BorderDistance Distance, double Metres);
