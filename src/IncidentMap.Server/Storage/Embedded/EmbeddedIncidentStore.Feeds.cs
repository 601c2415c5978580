namespace IncidentMap.Server.Storage.Embedded;

public sealed partial class EmbeddedIncidentStore
{
    // Feeds are few: all held in memory, written through to the file under the write lock.
    private readonly Dictionary<long, StoredFeed> _feeds = [];
    private readonly Dictionary<long, HashSet<string>> _seenItems = [];
    private readonly Lock _feedSync = new();

    public async Task<AddFeedResult> AddFeedAsync(NewFeed feed, CancellationToken cancellationToken)
    {
        await _writes.WaitAsync(cancellationToken);
        try
        {
            if (FeedByUrl(feed.Url) is { } existing) return new AddFeedResult(existing, Created: false);
            var stored = await EmbeddedFeedTable.InsertAsync(Connection, new StoredFeed
            {
                Id = 0,
                Url = feed.Url,
                Title = feed.Title,
                IntervalMinutes = feed.IntervalMinutes,
                CreatedAt = DateTimeOffset.UtcNow,
                NextPollAt = feed.FirstPollAt,
            }, cancellationToken);
            lock (_feedSync) _feeds[stored.Id] = stored;
            return new AddFeedResult(stored, Created: true);
        }
        finally
        {
            _writes.Release();
        }
    }

    public Task<IReadOnlyList<StoredFeed>> ListFeedsAsync(CancellationToken cancellationToken)
    {
        lock (_feedSync) return Task.FromResult<IReadOnlyList<StoredFeed>>([.. _feeds.Values.OrderBy(f => f.Id)]);
    }

    public Task<StoredFeed?> GetFeedAsync(long id, CancellationToken cancellationToken)
    {
        lock (_feedSync) return Task.FromResult(_feeds.GetValueOrDefault(id));
    }

    public async Task<bool> DeleteFeedAsync(long id, CancellationToken cancellationToken)
    {
        await _writes.WaitAsync(cancellationToken);
        try
        {
            lock (_feedSync)
            {
                if (!_feeds.ContainsKey(id)) return false;
            }
            await EmbeddedFeedTable.DeleteAsync(Connection, id, cancellationToken);
            lock (_feedSync)
            {
                _feeds.Remove(id);
                _seenItems.Remove(id);
            }
            return true;
        }
        finally
        {
            _writes.Release();
        }
    }

    public async Task<IReadOnlyList<StoredFeed>> ClaimDueFeedsAsync(DateTimeOffset now, int max, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        await _writes.WaitAsync(cancellationToken);
        try
        {
            List<StoredFeed> due;
            lock (_feedSync) due = [.. _feeds.Values.Where(f => f.NextPollAt <= now).OrderBy(f => f.NextPollAt).ThenBy(f => f.Id).Take(max)];
            var claimed = new List<StoredFeed>(due.Count);
            // The lease is at most the feed's interval, as on PostGIS.
            foreach (var feed in due)
            {
                var interval = now + TimeSpan.FromMinutes(feed.IntervalMinutes);
                claimed.Add(await LeaseAsync(feed, leaseUntil < interval ? leaseUntil : interval, cancellationToken));
            }
            return [.. claimed.OrderBy(f => f.Id)];
        }
        finally
        {
            _writes.Release();
        }
    }

    public async Task<StoredFeed?> ClaimFeedAsync(long id, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        await _writes.WaitAsync(cancellationToken);
        try
        {
            StoredFeed? feed;
            lock (_feedSync) feed = _feeds.GetValueOrDefault(id);
            return feed is null ? null : await LeaseAsync(feed, leaseUntil, cancellationToken);
        }
        finally
        {
            _writes.Release();
        }
    }

    public Task<IReadOnlySet<string>> GetSeenItemsAsync(long feedId, CancellationToken cancellationToken)
    {
        lock (_feedSync)
        {
            IReadOnlySet<string> seen = _seenItems.TryGetValue(feedId, out var keys) ? new HashSet<string>(keys, StringComparer.Ordinal) : new HashSet<string>();
            return Task.FromResult(seen);
        }
    }

    public async Task<StoredFeed?> RecordPollAsync(long feedId, FeedPollRecord poll, CancellationToken cancellationToken)
    {
        await _writes.WaitAsync(cancellationToken);
        try
        {
            StoredFeed? feed;
            lock (_feedSync) feed = _feeds.GetValueOrDefault(feedId);
            if (feed is null) return null;
            var updated = FeedPolls.Apply(feed, poll);
            await EmbeddedFeedTable.UpdateAsync(Connection, updated, poll.SeenItems, cancellationToken);
            lock (_feedSync)
            {
                _feeds[feedId] = updated;
                if (poll.SeenItems is not null) _seenItems[feedId] = new HashSet<string>(poll.SeenItems, StringComparer.Ordinal);
            }
            return updated;
        }
        finally
        {
            _writes.Release();
        }
    }

    /// <summary>Moves the feed's next poll to the end of the lease; call under the write lock.</summary>
    private async Task<StoredFeed> LeaseAsync(StoredFeed feed, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        var leased = feed with { NextPollAt = leaseUntil };
        await EmbeddedFeedTable.UpdateAsync(Connection, leased, null, cancellationToken);
        lock (_feedSync) _feeds[feed.Id] = leased;
        return leased;
    }

    private StoredFeed? FeedByUrl(string url)
    {
        lock (_feedSync) return _feeds.Values.FirstOrDefault(f => f.Url == url);
    }

    private async Task LoadFeedsAsync(Microsoft.Data.Sqlite.SqliteConnection connection, CancellationToken cancellationToken)
    {
        var (feeds, seen) = await EmbeddedFeedTable.LoadAsync(connection, cancellationToken);
        lock (_feedSync)
        {
            foreach (var feed in feeds) _feeds[feed.Id] = feed;
            foreach (var (id, keys) in seen) _seenItems[id] = keys;
        }
    }
}
