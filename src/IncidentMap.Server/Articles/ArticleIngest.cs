using System.Diagnostics;
using IncidentMap.Geoparsing.Parsing;
using IncidentMap.Server.Caching;
using IncidentMap.Server.Storage;
using IncidentMap.Server.Streaming;
using IncidentMap.Server.Telemetry;
using Microsoft.AspNetCore.OutputCaching;

namespace IncidentMap.Server.Articles;

/// <summary>
/// The one way an article enters the store: geoparsed against the article's own date, stored with its incidents in
/// one transaction (or, when it is a copy of a stored story, added to that story's sources), and the cached reads
/// dropped when anything changed. The API, the seeds, the feeds and the command line all ingest through it; a feed's
/// new items go in as one batch, a posted article as a batch of one.
/// </summary>
/// <param name="store">The store the article goes into.</param>
/// <param name="geoparser">The parser that finds its places and incidents.</param>
/// <param name="cache">The server's read cache; null where there is none (the command line).</param>
/// <param name="metrics">The server's instruments; null on the command line.</param>
/// <param name="hub">The live stream, told when events may have changed; null where there is none.</param>
public sealed class ArticleIngest(
    IIncidentStore store, Geoparser geoparser, IOutputCacheStore? cache = null, IncidentMapMetrics? metrics = null, EventHub? hub = null)
{
    public async Task<AddArticleResult> IngestAsync(NewArticle article, CancellationToken cancellationToken) =>
        (await IngestAsync([article], cancellationToken))[0];

    /// <summary>Ingests several articles, each seeing the ones before it (a feed's new items): all are geoparsed first,
    /// then stored in one turn of the store. One result per article, in their order.</summary>
    public async Task<IReadOnlyList<AddArticleResult>> IngestAsync(IReadOnlyList<NewArticle> articles, CancellationToken cancellationToken)
    {
        var parsed = new List<ParsedArticle>(articles.Count);
        foreach (var article in articles)
        {
            var started = Stopwatch.GetTimestamp();
            parsed.Add(new ParsedArticle(article, geoparser.Parse(article.Text, article.Published is { } p ? DateOnly.FromDateTime(p.UtcDateTime) : null)));
            metrics?.GeoparseDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds);
        }
        var results = await store.AddArticlesAsync(parsed, cancellationToken);
        foreach (var result in results)
        {
            metrics?.ArticlesIngested.Add(1, new KeyValuePair<string, object?>("outcome", result.Created ? "created" : result.SourceAdded ? "source added" : "duplicate"));
            if (result.EventsCreated > 0) metrics?.EventsCreated.Add(result.EventsCreated);
        }
        if (results.Any(r => r.Created || r.SourceAdded)) await ChangedAsync();
        return results;
    }

    /// <summary>Deletes an article, its incidents and its copies; its events are regrouped. False when there was none.</summary>
    public async Task<bool> DeleteAsync(long id, CancellationToken cancellationToken)
    {
        if (!await store.DeleteArticleAsync(id, cancellationToken)) return false;
        await ChangedAsync();
        return true;
    }

    /// <summary>Committed: every later read must see it, even if this caller has gone away.</summary>
    private async Task ChangedAsync()
    {
        if (cache is not null) await cache.EvictByTagAsync(LayerCache.Tag, CancellationToken.None);
        hub?.Wake();
    }
}
