using IncidentMap.Server.Articles;
using IncidentMap.Server.Storage;
using IncidentMap.Server.Telemetry;

namespace IncidentMap.Server.Feeds;

/// <summary>
/// One poll of one feed: a conditional GET, the document read, and every item the feed has not delivered before
/// ingested through <see cref="ArticleIngest"/> like a posted article. A 304 parses nothing; a feed that cannot be
/// fetched or read stores nothing and records why; the background poller, the API and the command line all poll
/// through here.
/// </summary>
public sealed class FeedPolling(
    IIncidentStore store, ArticleIngest ingest, FeedFetcher fetcher, FeedOptions options, TimeProvider clock, ILogger<FeedPolling> logger,
    IncidentMapMetrics? metrics = null)
{
    // New items stored in one turn of the store, a few at a time: each turn costs PostGIS the same handful of statements
    // however many items it carries (25 at a time took two thirds of the CPU 10 did), and a whole poll at once sends the live
    // stream a burst of changes that lengthens its tail (p99 twice that of 25). Measured in docs/benchmarks/feeds.md.
    private const int _batch = 25;

    private const string _feedAccept = "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5";

    public async Task<FeedPollReport> PollAsync(StoredFeed feed, IProgress<(int Done, int Total)>? progress, CancellationToken cancellationToken)
    {
        var started = clock.GetUtcNow();
        var fetch = await fetcher.GetAsync(feed.Url, _feedAccept, options.MaxFeedBytes, feed.ETag, feed.LastModified, cancellationToken);
        if (fetch.Error is not null) return await FailAsync(feed, started, fetch.Status, fetch.Error, fetch.RetryAfter, cancellationToken);
        if (fetch.NotModified)
        {
            var unchanged = await RecordAsync(feed, new FeedPollRecord
            {
                PolledAt = started,
                Status = fetch.Status,
                Failures = 0,
                NextPollAt = FeedSchedule.Next(clock.GetUtcNow(), feed.IntervalMinutes, 0, fetch.RetryAfter),
            });
            return new FeedPollReport(unchanged, NotModified: true, 0, 0, 0, 0, 0, null);
        }

        (string? Title, IReadOnlyList<FeedEntry> Items) document;
        try
        {
            document = FeedDocument.Parse(fetch.Body!, fetch.ContentType, feed.Url, options.MaxItemsPerPoll);
        }
        catch (FeedFormatException e)
        {
            return await FailAsync(feed, started, fetch.Status, e.Message, fetch.RetryAfter, cancellationToken);
        }

        var seen = await store.GetSeenItemsAsync(feed.Id, cancellationToken);
        var handled = new HashSet<string>(document.Items.Select(i => i.Key).Where(seen.Contains), StringComparer.Ordinal);
        var fresh = document.Items.Where(i => !seen.Contains(i.Key)).DistinctBy(i => i.Key).ToList();
        var outlet = feed.Title ?? document.Title ?? new Uri(feed.Url).Host;
        int created = 0, duplicates = 0, retry = 0, rejected = 0, done = 0;
        string? firstError = null;
        // The items' texts first (a page each for items carrying only a summary), then the readable ones stored in
        // batches: one turn of the store for many items.
        var ready = new List<(FeedEntry Item, NewArticle Article)>();
        foreach (var item in fresh)
        {
            var (article, outcome, error) = await ArticleOfAsync(item, outlet, started, cancellationToken);
            if (article is not null)
            {
                ready.Add((item, article));
                continue;
            }
            switch (outcome)
            {
                case ItemOutcome.Retry: retry++; break;
                case ItemOutcome.Rejected: rejected++; break;
                default: break;
            }
            if (error is not null) firstError ??= $"{item.Link ?? item.Key}: {error}";
            if (outcome != ItemOutcome.Retry) handled.Add(item.Key);
            progress?.Report((++done, fresh.Count));
        }
        foreach (var chunk in ready.Chunk(_batch))
        {
            var results = await ingest.IngestAsync([.. chunk.Select(c => c.Article)], cancellationToken);
            created += results.Count(r => r.Created);
            duplicates += results.Count(r => !r.Created);
            foreach (var (item, _) in chunk) handled.Add(item.Key);
            done += chunk.Length;
            progress?.Report((done, fresh.Count));
        }

        var problems = retry + rejected;
        var recorded = await RecordAsync(feed, new FeedPollRecord
        {
            PolledAt = started,
            Status = fetch.Status,
            Error = problems == 0 ? null : $"{problems} of {fresh.Count} new items could not be read ({retry} to be tried again): {firstError}",
            // Items to try again must not be hidden behind a 304 at the next poll.
            Validators = retry == 0 ? (fetch.ETag, fetch.LastModified) : (null, null),
            DocumentTitle = document.Title,
            NewItems = fresh.Count - retry,
            ArticlesCreated = created,
            Failures = 0,
            NextPollAt = FeedSchedule.Next(clock.GetUtcNow(), feed.IntervalMinutes, 0, fetch.RetryAfter),
            SeenItems = handled,
        });
        logger.LogInformation("Feed {Id} polled: {Items} items, {New} new, {Created} articles, {Duplicates} duplicates, {Problems} unreadable",
            feed.Id, document.Items.Count, fresh.Count, created, duplicates, problems);
        return new FeedPollReport(recorded, NotModified: false, document.Items.Count, fresh.Count, created, duplicates, problems, recorded?.LastError);
    }

    /// <summary>The article an item stands for, or why there is none.</summary>
    private async Task<(NewArticle? Article, ItemOutcome Outcome, string? Error)> ArticleOfAsync(FeedEntry item, string outlet, DateTimeOffset polledAt, CancellationToken cancellationToken)
    {
        var (text, error) = await ItemTextAsync(item, cancellationToken);
        if (text is null) return error is null ? (null, ItemOutcome.Skipped, null) : (null, ItemOutcome.Retry, error);
        if (System.Text.Encoding.UTF8.GetByteCount(text) > ArticleBody.MaxBytes)
            return (null, ItemOutcome.Rejected, $"the item's text is larger than {ArticleBody.MaxBytes / 1024} KB");
        if (ArticleBody.LooksBinary(text)) return (null, ItemOutcome.Rejected, "the item's text looks binary");
        var title = item.Title is { Length: > 0 } t ? (t.Length > 500 ? t[..499] + "…" : t) : PlainTextArticle.Parse(text).Title;
        return (new NewArticle
        {
            Title = title,
            Text = text,
            Published = item.Published ?? polledAt,
            Source = outlet.Length > 200 ? outlet[..200] : outlet,
            Url = item.Link,
            Refetchable = true,
        }, ItemOutcome.Readable, null);
    }

    /// <summary>The item's own full text when it carries one; else the article read from its page; else its summary.
    /// A page that fails for now (timeout, 5xx) leaves the item to the next poll; a page that is gone or refused
    /// leaves the summary.</summary>
    private async Task<(string? Text, string? Error)> ItemTextAsync(FeedEntry item, CancellationToken cancellationToken)
    {
        var content = item.ContentHtml is { } c ? ArticleText.FromHtml(c) : "";
        if (content.Length >= 400) return (content, null);
        var summary = item.SummaryHtml is { } s ? ArticleText.FromHtml(s) : "";
        var best = content.Length >= summary.Length ? content : summary;
        if (best.Length >= 1500 || item.Link is null) return (best.Length > 0 ? best : null, null);

        var page = await fetcher.GetAsync(item.Link, "text/html, application/xhtml+xml;q=0.9, */*;q=0.1", options.MaxPageBytes, null, null, cancellationToken);
        if (page.Error is not null)
        {
            var lasting = page.Status is >= 400 and < 500 || page.Status is null && page.Error.StartsWith("Refused", StringComparison.Ordinal);
            if (lasting && best.Length > 0) return (best, null);
            return (null, page.Error);
        }
        string? article;
        try
        {
            article = ArticleText.FromPage(FeedDocument.Decode(page.Body!, page.ContentType), item.Link);
        }
        catch (FeedFormatException)
        {
            article = null;
        }
        var text = article is not null && article.Length > best.Length ? article : best;
        return (text.Length > 0 ? text : null, null);
    }

    private async Task<FeedPollReport> FailAsync(StoredFeed feed, DateTimeOffset started, int? status, string error, TimeSpan? retryAfter, CancellationToken cancellationToken)
    {
        var failures = feed.Failures + 1;
        var recorded = await RecordAsync(feed, new FeedPollRecord
        {
            PolledAt = started,
            Status = status,
            Error = error,
            Failures = failures,
            NextPollAt = FeedSchedule.Next(clock.GetUtcNow(), feed.IntervalMinutes, failures, retryAfter),
        });
        logger.LogWarning("Feed {Id} failed ({Failures} in a row): {Error}", feed.Id, failures, error);
        return new FeedPollReport(recorded, NotModified: false, 0, 0, 0, 0, 0, error);
    }

    // The outcome is recorded even when the caller has gone: the poll happened. The record is written synchronously,
    // which makes the items stored before it durable too.
    private Task<StoredFeed?> RecordAsync(StoredFeed feed, FeedPollRecord record)
    {
        var outcome = record.Failures > 0 ? "failed" : record.Status == 304 ? "not modified" : record.Error is null ? "read" : "read with unreadable items";
        metrics?.FeedPolls.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
        return store.RecordPollAsync(feed.Id, record, CancellationToken.None);
    }

    private enum ItemOutcome
    {
        Readable,
        Skipped,
        Retry,
        Rejected,
    }
}
