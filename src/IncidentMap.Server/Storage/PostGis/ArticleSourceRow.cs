namespace IncidentMap.Server.Storage.PostGis;

/// <summary>A row of <c>article_sources</c>: one published copy of an article.</summary>
public sealed class ArticleSourceRow
{
    public long Id { get; set; }
    public long ArticleId { get; set; }
    public string? Outlet { get; set; }
    public string? Url { get; set; }

    /// <summary>The address in canonical form; a second copy at the same address is the same copy.</summary>
    public string? CanonicalUrl { get; set; }

    public string? Title { get; set; }
    public DateTimeOffset? Published { get; set; }
    public DateTimeOffset AddedAt { get; set; }
}
