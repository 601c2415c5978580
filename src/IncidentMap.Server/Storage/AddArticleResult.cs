namespace IncidentMap.Server.Storage;

/// <summary>The outcome of an ingest: the article, its incidents, and whether it was new.</summary>
/// <param name="Article">The stored article (the existing one for a duplicate).</param>
/// <param name="Incidents">Its incidents, in the geoparser's order.</param>
/// <param name="Created">False when an article with the same text already existed (nothing was written).</param>
public sealed record AddArticleResult(StoredArticle Article, IReadOnlyList<StoredIncident> Incidents, bool Created);
