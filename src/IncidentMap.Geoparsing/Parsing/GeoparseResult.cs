namespace IncidentMap.Geoparsing.Parsing;

/// <summary>What the geoparser found in one article.</summary>
/// <param name="ArticleDate">The article date used to resolve relative dates, if known.</param>
/// <param name="Places">Every place mention, in text order.</param>
/// <param name="Incidents">Every reported event, in text order.</param>
public sealed record GeoparseResult(
    DateOnly? ArticleDate,
    IReadOnlyList<PlaceMention> Places,
    IReadOnlyList<Incident> Incidents)
{
    /// <summary>Where the article is from and about (its home ground): the country most of its places lie in, and
    /// the first-level division when most of those lie in one; null when it names no place in a country. The
    /// country an unlocated event most likely happened in.</summary>
    public ArticleFocus? Focus { get; init; }
}
