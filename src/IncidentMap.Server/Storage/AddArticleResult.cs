namespace IncidentMap.Server.Storage;

/// <summary>The outcome of an ingest: the article, its incidents, and whether it was new.</summary>
/// <param name="Article">The stored article (the existing one for a duplicate).</param>
/// <param name="Incidents">Its incidents, in the geoparser's order.</param>
/// <param name="Created">False when the text was an article already stored (nothing was created).</param>
public sealed record AddArticleResult(StoredArticle Article, IReadOnlyList<StoredIncident> Incidents, bool Created)
{
    /// <summary>How the text matched the stored article; null when it was created.</summary>
    public DuplicateMatch? MatchedBy { get; init; }

    /// <summary>True when the text was another outlet's copy of a stored article, now one of its sources.</summary>
    public bool SourceAdded { get; init; }

    /// <summary>How many events the article's incidents started (the rest joined events already stored).</summary>
    public int EventsCreated { get; init; }
}
