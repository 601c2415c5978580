using IncidentMap.Server.Storage;

namespace IncidentMap.Server.Tests.Storage;

public abstract partial class IncidentStoreContract
{
    private static readonly DateTimeOffset _noon = new(2025, 9, 16, 12, 0, 0, TimeSpan.Zero);

    private static NewFeed Feed(string url, DateTimeOffset firstPoll) =>
        new() { Url = url, Title = null, IntervalMinutes = 15, FirstPollAt = firstPoll };

    [Fact]
    public async Task AddFeed_SameAddressTwice_FollowsItOnce()
    {
        var first = await Store.AddFeedAsync(Feed("https://news.example/rss", _noon), Token);
        var again = await Store.AddFeedAsync(Feed("https://news.example/rss", _noon.AddHours(1)) with { Title = "Other" }, Token);

        Assert.True(first.Created);
        Assert.False(again.Created);
        Assert.Equal(first.Feed, again.Feed);
        Assert.Equal([first.Feed], await Store.ListFeedsAsync(Token));
    }

    [Fact]
    public async Task ClaimDueFeeds_TakesOnlyDueFeedsEarliestFirstAndLeasesThem()
    {
        var late = (await Store.AddFeedAsync(Feed("https://a.example/rss", _noon.AddMinutes(5)), Token)).Feed;
        var early = (await Store.AddFeedAsync(Feed("https://b.example/rss", _noon.AddMinutes(-5)), Token)).Feed;
        var earlier = (await Store.AddFeedAsync(Feed("https://c.example/rss", _noon.AddMinutes(-10)), Token)).Feed;

        var claimed = await Store.ClaimDueFeedsAsync(_noon, 1, _noon.AddMinutes(15), Token);
        var next = await Store.ClaimDueFeedsAsync(_noon, 10, _noon.AddMinutes(15), Token);
        var none = await Store.ClaimDueFeedsAsync(_noon, 10, _noon.AddMinutes(15), Token);

        Assert.Equal([earlier.Id], claimed.Select(f => f.Id));
        Assert.Equal([early.Id], next.Select(f => f.Id));
        Assert.Empty(none);
        Assert.Equal(_noon.AddMinutes(15), (await Store.GetFeedAsync(early.Id, Token))!.NextPollAt);
        Assert.Equal(_noon.AddMinutes(5), (await Store.GetFeedAsync(late.Id, Token))!.NextPollAt);
    }

    [Fact]
    public async Task ClaimDueFeeds_ConcurrentPollers_NeverTakeOneFeedTwice()
    {
        for (var i = 0; i < 20; i++) await Store.AddFeedAsync(Feed($"https://n{i}.example/rss", _noon.AddMinutes(-i)), Token);

        var claims = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => Store.ClaimDueFeedsAsync(_noon, 5, _noon.AddMinutes(15), Token), Token)));

        var ids = claims.SelectMany(c => c.Select(f => f.Id)).ToList();
        Assert.Equal(20, ids.Count);
        Assert.Equal(20, ids.Distinct().Count());
    }

    [Fact]
    public async Task RecordPoll_UpdatesTheStatusAndReplacesTheSeenItems()
    {
        var feed = (await Store.AddFeedAsync(Feed("https://news.example/rss", _noon), Token)).Feed;

        await Store.RecordPollAsync(feed.Id, new FeedPollRecord
        {
            PolledAt = _noon,
            Status = 200,
            Validators = ("\"v1\"", "Tue, 16 Sep 2025 08:00:00 GMT"),
            DocumentTitle = "News",
            NewItems = 3,
            ArticlesCreated = 2,
            Failures = 0,
            NextPollAt = _noon.AddMinutes(15),
            SeenItems = ["a", "b", "c"],
        }, Token);
        var failed = await Store.RecordPollAsync(feed.Id, new FeedPollRecord
        {
            PolledAt = _noon.AddMinutes(15),
            Status = 503,
            Error = "HTTP 503 Service Unavailable.",
            Failures = 1,
            NextPollAt = _noon.AddMinutes(45),
        }, Token);
        await Store.RecordPollAsync(feed.Id, new FeedPollRecord
        {
            PolledAt = _noon.AddMinutes(45),
            Status = 200,
            NewItems = 1,
            ArticlesCreated = 1,
            Failures = 0,
            NextPollAt = _noon.AddMinutes(60),
            Validators = ("\"v2\"", null),
            SeenItems = ["c", "d"],
        }, Token);
        Replace(await ReopenAsync(Store));

        Assert.Equal("HTTP 503 Service Unavailable.", failed!.LastError);
        Assert.Equal("\"v1\"", failed.ETag);
        var stored = (await Store.GetFeedAsync(feed.Id, Token))!;
        Assert.Equal("News", stored.Title);
        Assert.Equal(4, stored.ItemsSeen);
        Assert.Equal(3, stored.ArticlesCreated);
        Assert.Null(stored.LastError);
        Assert.Equal(0, stored.Failures);
        Assert.Equal("\"v2\"", stored.ETag);
        Assert.Null(stored.LastModified);
        Assert.Equal(_noon.AddMinutes(45), stored.LastPolledAt);
        Assert.Equal(_noon.AddMinutes(60), stored.NextPollAt);
        Assert.Equal(["c", "d"], (await Store.GetSeenItemsAsync(feed.Id, Token)).Order());
    }

    [Fact]
    public async Task DeleteFeed_ForgetsItAndItsItems()
    {
        var feed = (await Store.AddFeedAsync(Feed("https://news.example/rss", _noon), Token)).Feed;
        await Store.RecordPollAsync(feed.Id, new FeedPollRecord { PolledAt = _noon, Status = 200, Failures = 0, NextPollAt = _noon, SeenItems = ["a"] }, Token);

        Assert.True(await Store.DeleteFeedAsync(feed.Id, Token));
        Assert.False(await Store.DeleteFeedAsync(feed.Id, Token));
        Assert.Null(await Store.GetFeedAsync(feed.Id, Token));
        Assert.Empty(await Store.GetSeenItemsAsync(feed.Id, Token));
        Assert.Null(await Store.RecordPollAsync(feed.Id, new FeedPollRecord { PolledAt = _noon, Failures = 0, NextPollAt = _noon }, Token));
        Assert.Null(await Store.ClaimFeedAsync(feed.Id, _noon, Token));
    }
}
