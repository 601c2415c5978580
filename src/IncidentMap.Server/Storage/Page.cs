namespace IncidentMap.Server.Storage;

/// <summary>One page of a query with the number of all matches.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, long NumberMatched);
