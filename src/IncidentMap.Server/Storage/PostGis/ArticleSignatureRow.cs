namespace IncidentMap.Server.Storage.PostGis;

/// <summary>A row of <c>article_signatures</c>: the MinHash signature of an article's text (empty when the text is
/// too short to compare), with one <c>article_bands</c> row per band key.</summary>
public sealed class ArticleSignatureRow
{
    public long ArticleId { get; set; }
    public required byte[] Minhash { get; set; }
}
