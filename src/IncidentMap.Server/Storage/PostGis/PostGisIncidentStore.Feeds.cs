using Microsoft.EntityFrameworkCore;

namespace IncidentMap.Server.Storage.PostGis;

public sealed partial class PostGisIncidentStore
{
    public async Task<AddFeedResult> AddFeedAsync(NewFeed feed, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // ON CONFLICT: of two concurrent adds of one address, one inserts and both answer with the same feed.
        var inserted = await db.Database.SqlQuery<long>(
            $"""
            INSERT INTO feeds (url, title, interval_minutes, created_at, next_poll_at, items_seen, articles_created, failures)
            VALUES ({feed.Url}, {feed.Title}, {feed.IntervalMinutes}, {DateTimeOffset.UtcNow}, {feed.FirstPollAt}, 0, 0, 0)
            ON CONFLICT (url) DO NOTHING
            RETURNING id AS "Value"
            """).ToListAsync(cancellationToken);
        var row = await db.Feeds.AsNoTracking().FirstAsync(f => f.Url == feed.Url, cancellationToken);
        return new AddFeedResult(ToStored(row), Created: inserted.Count == 1);
    }

    public async Task<IReadOnlyList<StoredFeed>> ListFeedsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Feeds.AsNoTracking().OrderBy(f => f.Id).ToListAsync(cancellationToken);
        return [.. rows.Select(ToStored)];
    }

    public async Task<StoredFeed?> GetFeedAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Feeds.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        return row is null ? null : ToStored(row);
    }

    public async Task<bool> DeleteFeedAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Feeds.Where(f => f.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    public async Task<IReadOnlyList<StoredFeed>> ClaimDueFeedsAsync(DateTimeOffset now, int max, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // SKIP LOCKED: pollers sharing the database (several server instances, the command line) each take
        // different feeds, and the lease keeps a feed taken until its poll records the real next time. The lease is
        // at most the feed's interval, so when the instance polling it dies another takes it within one interval.
        var rows = await db.Feeds.FromSql(
            $"""
            UPDATE feeds SET next_poll_at = LEAST({leaseUntil}, {now} + interval_minutes * interval '1 minute')
            WHERE id IN (
                SELECT id FROM feeds WHERE next_poll_at <= {now}
                ORDER BY next_poll_at, id LIMIT {max}
                FOR UPDATE SKIP LOCKED)
            RETURNING *
            """).AsNoTracking().ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Id).Select(ToStored)];
    }

    public async Task<StoredFeed?> ClaimFeedAsync(long id, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Feeds.FromSql($"UPDATE feeds SET next_poll_at = {leaseUntil} WHERE id = {id} RETURNING *")
            .AsNoTracking().ToListAsync(cancellationToken);
        return rows.Count == 0 ? null : ToStored(rows[0]);
    }

    public async Task<IReadOnlySet<string>> GetSeenItemsAsync(long feedId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var keys = await db.FeedItems.Where(i => i.FeedId == feedId).Select(i => i.Key).ToListAsync(cancellationToken);
        return new HashSet<string>(keys, StringComparer.Ordinal);
    }

    public async Task<StoredFeed?> RecordPollAsync(long feedId, FeedPollRecord poll, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var row = await db.Feeds.FromSql($"SELECT * FROM feeds WHERE id = {feedId} FOR UPDATE").FirstOrDefaultAsync(cancellationToken);
        if (row is null) return null;
        var updated = FeedPolls.Apply(ToStored(row), poll);
        row.Title = updated.Title;
        row.Etag = updated.ETag;
        row.LastModified = updated.LastModified;
        row.LastPolledAt = updated.LastPolledAt;
        row.LastStatus = updated.LastStatus;
        row.LastError = updated.LastError;
        row.ItemsSeen = updated.ItemsSeen;
        row.ArticlesCreated = updated.ArticlesCreated;
        row.Failures = updated.Failures;
        row.NextPollAt = updated.NextPollAt;
        await db.SaveChangesAsync(cancellationToken);
        if (poll.SeenItems is { } seen)
        {
            var keys = seen.ToArray();
            await db.Database.ExecuteSqlAsync($"DELETE FROM feed_items WHERE feed_id = {feedId} AND NOT (key = ANY({keys}))", cancellationToken);
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO feed_items (feed_id, key) SELECT {feedId}, k FROM unnest({keys}) AS k ON CONFLICT DO NOTHING", cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return updated;
    }

    private static StoredFeed ToStored(FeedRow row) => new()
    {
        Id = row.Id,
        Url = row.Url,
        Title = row.Title,
        IntervalMinutes = row.IntervalMinutes,
        CreatedAt = row.CreatedAt,
        ETag = row.Etag,
        LastModified = row.LastModified,
        LastPolledAt = row.LastPolledAt,
        LastStatus = row.LastStatus,
        LastError = row.LastError,
        ItemsSeen = row.ItemsSeen,
        ArticlesCreated = row.ArticlesCreated,
        Failures = row.Failures,
        NextPollAt = row.NextPollAt,
    };
}
