namespace IncidentMap.Server.Storage.PostGis;

/// <summary>A row of <c>article_bands</c>: a band key of an article's signature, the index near-duplicates are found by.</summary>
public sealed class ArticleBandRow
{
    public long Band { get; set; }
    public long ArticleId { get; set; }
}
