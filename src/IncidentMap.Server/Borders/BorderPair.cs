namespace IncidentMap.Server.Borders;

/// <summary>A land border in the list: its id, both countries and its geodesic length.</summary>
public sealed record BorderPair(string Id, BorderCountry A, BorderCountry B, double LengthKm);

/// <summary>One side of a border.</summary>
public sealed record BorderCountry(string Code, string Name);
