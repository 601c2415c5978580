namespace IncidentMap.Geoparsing.Parsing;

/// <summary>One kind of incident: an ACLED-style event type and one of its subtypes, both snake case.</summary>
/// <param name="Type">The event type: <c>battles</c>.</param>
/// <param name="Subtype">The subtype: <c>armed_clash</c>.</param>
public sealed record IncidentKind(string Type, string Subtype);
