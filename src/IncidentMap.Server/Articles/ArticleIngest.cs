using IncidentMap.Geoparsing.Parsing;
using IncidentMap.Server.Caching;
using IncidentMap.Server.Storage;
using Microsoft.AspNetCore.OutputCaching;

namespace IncidentMap.Server.Articles;

/// <summary>
/// The one way an article enters the store: geoparsed against the article's own date, stored with its incidents in
/// one transaction (or, when it is a copy of a stored story, added to that story's sources), and the cached reads
/// dropped when anything changed. The API, the seeds, the feeds and the command line all ingest through it.
/// </summary>
/// <param name="store">The store the article goes into.</param>
/// <param name="geoparser">The parser that finds its places and incidents.</param>
/// <param name="cache">The server's read cache; null where there is none (the command line).</param>
public sealed class ArticleIngest(IIncidentStore store, Geoparser geoparser, IOutputCacheStore? cache = null)
{
    public async Task<AddArticleResult> IngestAsync(NewArticle article, CancellationToken cancellationToken)
    {
        var parse = geoparser.Parse(article.Text, article.Published is { } p ? DateOnly.FromDateTime(p.UtcDateTime) : null);
        var result = await store.AddArticleAsync(article, parse, cancellationToken);
        // Committed: every later read must see it, even if this caller has gone away.
        if ((result.Created || result.SourceAdded) && cache is not null) await cache.EvictByTagAsync(LayerCache.Tag, CancellationToken.None);
        return result;
    }
}
