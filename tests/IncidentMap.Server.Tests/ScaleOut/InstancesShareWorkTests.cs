using System.Diagnostics;
using System.Net.Http.Json;
using IncidentMap.Server.Tests.Api;
using IncidentMap.Server.Tests.Feeds;
using IncidentMap.Server.Tests.Streaming;
using Microsoft.AspNetCore.Http;

namespace IncidentMap.Server.Tests.ScaleOut;

/// <summary>
/// Two server instances over one PostGIS database share the live work: a stream client of one hears of an event
/// created through the other, and each feed is polled by one instance at a time.
/// </summary>
public sealed class InstancesShareWorkTests(PostGisDatabase postGis)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EventCreatedThroughOneInstance_ReachesAStreamClientOfTheOther()
    {
        postGis.Require();
        var gazetteer = SharedGazetteer.Get();
        var database = await PostGisTemplate.CloneAsync(postGis, gazetteer, Ct);
        try
        {
            await using var site = await FeedServer.StartAsync();
            var link = site.Url("/kharkiv");
            site.Serve("/rss", FeedXml.RssType, FeedXml.Rss("Outlet A", new Story("Drone strike on Kharkiv", link, FeedTexts.Published, FeedTexts.KharkivStrike)));
            await using var writer = Instance(database);
            await using var listener = Instance(database);
            using var writes = writer.CreateClient();
            await using var stream = await SseClient.ConnectAsync(listener.CreateClient());

            await FeedsApiTests.PollAsync(writes, await FeedsApiTests.FollowAsync(writes, site.Url("/rss")));
            var polled = Stopwatch.StartNew();
            var message = await stream.NextOfTypeAsync("event", TimeSpan.FromSeconds(5));

            Assert.True(polled.Elapsed < TimeSpan.FromSeconds(2), $"the other instance's client heard of the event {polled.Elapsed.TotalSeconds:0.00} s after the poll");
            Assert.Equal(link, message.Json.GetProperty("properties").GetProperty("sources")[0].GetProperty("url").GetString());
        }
        finally
        {
            await PostGisTemplate.DropAsync(database);
        }
    }

    [Fact]
    public async Task EachFeed_IsPolledByOneInstanceOnly()
    {
        postGis.Require();
        var gazetteer = SharedGazetteer.Get();
        var database = await PostGisTemplate.CloneAsync(postGis, gazetteer, Ct);
        try
        {
            await using var site = await FeedServer.StartAsync();
            const int feeds = 12;
            for (var i = 0; i < feeds; i++) site.Serve($"/feed{i}", FeedXml.RssType, FeedXml.Rss($"Outlet {i}"));
            var polling = new[] { ("INCIDENTMAP_FEEDS_POLL", "true"), ("INCIDENTMAP_FEEDS_FIRST_POLL_SECONDS", "0"), ("INCIDENTMAP_FEEDS_PARALLEL", "4") };
            await using var first = Instance(database, polling);
            await using var second = Instance(database, polling);
            using var client = first.CreateClient();
            using var warm = second.CreateClient();
            // Both instances started, so both pollers run.
            using (var live = await warm.GetAsync(new Uri("/health/live", UriKind.Relative), Ct)) Assert.True(live.IsSuccessStatusCode);
            for (var i = 0; i < feeds; i++) await FeedsApiTests.FollowAsync(client, site.Url($"/feed{i}"));

            // Within the interval (15 minutes) every feed is fetched once, by one of them.
            var deadline = Stopwatch.StartNew();
            while (Enumerable.Range(0, feeds).Any(i => !site.RequestsTo($"/feed{i}").Any()) && deadline.Elapsed < TimeSpan.FromSeconds(60)) await Task.Delay(100, Ct);
            await Task.Delay(TimeSpan.FromSeconds(3), Ct);
            for (var i = 0; i < feeds; i++) Assert.Single(site.RequestsTo($"/feed{i}"));
        }
        finally
        {
            await PostGisTemplate.DropAsync(database);
        }
    }

    [Fact]
    public async Task FeedOfAnInstanceThatStoppedMidPoll_IsPolledByAnotherWithinItsInterval()
    {
        postGis.Require();
        var gazetteer = SharedGazetteer.Get();
        var database = await PostGisTemplate.CloneAsync(postGis, gazetteer, Ct);
        try
        {
            await using var site = await FeedServer.StartAsync();
            var hang = new TaskCompletionSource();
            var first = true;
            site.Serve("/slow", async context =>
            {
                // The first poll never gets its answer: the instance making it stops first.
                if (first)
                {
                    first = false;
                    await hang.Task.WaitAsync(context.RequestAborted).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                    return;
                }
                context.Response.ContentType = FeedXml.RssType;
                await context.Response.WriteAsync(FeedXml.Rss("Slow Outlet"), Ct);
            });
            var polling = new[] { ("INCIDENTMAP_FEEDS_POLL", "true"), ("INCIDENTMAP_FEEDS_FIRST_POLL_SECONDS", "0") };
            var dying = Instance(database, polling);
            using (var client = dying.CreateClient())
            {
                using var post = await client.PostAsJsonAsync("/api/feeds", new { url = site.Url("/slow"), interval_minutes = 1 }, Ct);
                Assert.True(post.IsSuccessStatusCode);
                var wait = Stopwatch.StartNew();
                while (!site.RequestsTo("/slow").Any() && wait.Elapsed < TimeSpan.FromSeconds(30)) await Task.Delay(100, Ct);
                Assert.Single(site.RequestsTo("/slow"));
            }
            var claimed = Stopwatch.StartNew();
            await dying.DisposeAsync();
            await using var other = Instance(database, polling);
            using var otherClient = other.CreateClient();
            using (var live = await otherClient.GetAsync(new Uri("/health/live", UriKind.Relative), Ct)) Assert.True(live.IsSuccessStatusCode);

            while (site.RequestsTo("/slow").Count() < 2 && claimed.Elapsed < TimeSpan.FromSeconds(100)) await Task.Delay(250, Ct);

            Assert.Equal(2, site.RequestsTo("/slow").Count());
            Assert.True(claimed.Elapsed < TimeSpan.FromSeconds(80), $"taken over after {claimed.Elapsed.TotalSeconds:0} s, beyond the one-minute interval");
            hang.TrySetResult();
        }
        finally
        {
            await PostGisTemplate.DropAsync(database);
        }
    }

    private static ServerFactory Instance(string database, params (string Name, string Value)[] settings)
    {
        // No key: the tests' client is on loopback, which may write.
        var server = new ServerFactory(database, SharedGazetteer.Get());
        foreach (var (name, value) in FeedsApiTests.LoopbackFeeds(settings)) server.Settings[name] = value;
        return server;
    }
}
