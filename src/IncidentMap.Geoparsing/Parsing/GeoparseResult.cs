namespace IncidentMap.Geoparsing.Parsing;

/// <summary>What the geoparser found in one article.</summary>
/// <param name="ArticleDate">The article date used to resolve relative dates, if known.</param>
/// <param name="Places">Every place mention, in text order.</param>
/// <param name="Incidents">Every reported event, in text order.</param>
public sealed record GeoparseResult(
    DateOnly? ArticleDate,
    IReadOnlyList<PlaceMention> Places,
    IReadOnlyList<Incident> Incidents);
