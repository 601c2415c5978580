using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using IncidentMap.Server.Tests.Api;

namespace IncidentMap.Server.Tests.Faults;

/// <summary>
/// PostgreSQL stopped and started again under a read and write load: while it is down every store request answers 503
/// with Retry-After (never 500), the server recovers by itself once it is back, and no write it acknowledged is lost.
/// </summary>
[Collection(AloneCollection.Name)]
public sealed class DatabaseOutageTests
{
    private static readonly string[] _reads =
    [
        "/api/layers/incidents?limit=50", "/api/layers/areas?simplify=0.05&limit=20", "/api/layers/borders?country=POL&simplify=0.05",
        "/api/incidents/near-border?a=POL&b=BLR&km=50", "/ogc/collections/incidents/items?limit=10", "/ogc/collections/borders/items?limit=5",
    ];

    private enum Phase
    {
        Up,
        Down,
        Restarting,
        Recovered,
    }

    /// <summary>An answer, with the phase its request started in and the one it ended in: a request in flight when the
    /// database stops may fail, and belongs to neither side.</summary>
    private sealed record Answer(Phase Phase, Phase Ended, string Request, int Status, bool RetryAfter);

    [Fact]
    public async Task PostgresStoppedAndRestartedUnderLoad_Answers503WhileDown_RecoversAndKeepsEveryAcknowledgedWrite()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var cluster = await ThrowawayCluster.StartAsync();
        // A short connect timeout, as a deployment that wants an outage noticed quickly would set it.
        await using var server = new ServerFactory(cluster.ConnectionString("postgres") + ";Timeout=3", SharedGazetteer.Get());
        server.Settings["INCIDENTMAP_CACHE_SECONDS"] = "0";
        using var client = server.CreateClient();
        client.Timeout = TimeSpan.FromSeconds(30);
        await WaitAsync(async () => (await client.GetAsync(new Uri("/health/ready", UriKind.Relative), ct)).IsSuccessStatusCode, TimeSpan.FromMinutes(10), "the server never became ready (a fresh store's set-up takes minutes on a busy machine)");

        var phase = Phase.Up;
        var answers = new ConcurrentQueue<Answer>();
        var failures = new ConcurrentQueue<string>();
        var acknowledged = new ConcurrentDictionary<long, string>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        async Task<int> SendAsync(HttpRequestMessage request, string what)
        {
            var at = phase;
            try
            {
                using var response = await client.SendAsync(request, stop.Token);
                var status = (int)response.StatusCode;
                answers.Enqueue(new Answer(at, phase, what, status, response.Headers.RetryAfter is not null));
                if (status == 201 && what == "write") acknowledged[(await Json.ReadAsync(response)).GetProperty("id").GetInt64()] = await request.Content!.ReadAsStringAsync(stop.Token);
                return status;
            }
            catch (TaskCanceledException) when (!stop.IsCancellationRequested)
            {
                failures.Enqueue($"{at}: {what} had no answer within 30 s");
                return 0;
            }
        }
        var load = Enumerable.Range(0, 3).Select(reader => Task.Run(async () =>
        {
            for (var n = reader; !stop.IsCancellationRequested; n++)
            {
                await SendAsync(new HttpRequestMessage(HttpMethod.Get, _reads[n % _reads.Length]), "read");
                await Task.Delay(20, CancellationToken.None);
            }
        }, CancellationToken.None)).Append(Task.Run(async () =>
        {
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                var text = $"date 2025-09-16\nRussian troops arrived in the Grodno region for joint exercises, report {n} of {Guid.NewGuid():N}.";
                await SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = new StringContent(text, Encoding.UTF8, "text/plain") }, "write");
                await Task.Delay(50, CancellationToken.None);
            }
        }, CancellationToken.None)).ToList();

        await Task.Delay(TimeSpan.FromSeconds(3), ct);
        phase = Phase.Down;
        await cluster.StopAsync();
        await Task.Delay(TimeSpan.FromSeconds(8), ct);
        phase = Phase.Restarting;
        await cluster.StartAgainAsync();
        var clock = Stopwatch.StartNew();
        // Recovered: every read and a write answered 2xx in a row, with nobody's help.
        await WaitAsync(async () =>
        {
            foreach (var url in _reads)
            {
                using var read = await client.GetAsync(new Uri(url, UriKind.Relative), ct);
                if (!read.IsSuccessStatusCode) return false;
            }
            using var write = await client.PostAsync(new Uri("/api/articles", UriKind.Relative),
                new StringContent($"Troops arrived in the Grodno region, check {Guid.NewGuid():N}.", Encoding.UTF8, "text/plain"), ct);
            return write.IsSuccessStatusCode;
        }, TimeSpan.FromSeconds(90), "the server did not recover within 90 s of the database's return");
        var recovery = clock.Elapsed;
        phase = Phase.Recovered;
        await Task.Delay(TimeSpan.FromSeconds(3), ct);
        await stop.CancelAsync();
        await Task.WhenAll(load.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));

        var all = answers.ToList();
        Assert.Empty(failures);
        Assert.DoesNotContain(all, a => a.Status >= 500 && a.Status != 503);
        Assert.All(all.Where(a => a.Status == 503), a => Assert.True(a.RetryAfter, $"{a.Request} answered 503 without Retry-After"));
        Assert.All(all.Where(a => (a.Phase is Phase.Up or Phase.Recovered) && a.Ended == a.Phase), a => Assert.InRange(a.Status, 200, 299));
        Assert.Contains(all, a => a.Phase == Phase.Down && a.Request == "read" && a.Status == 503);
        Assert.Contains(all, a => a.Phase == Phase.Down && a.Request == "write" && a.Status == 503);
        Assert.Contains(all, a => a.Phase == Phase.Recovered && a.Request == "write" && a.Status == 201);
        Assert.True(recovery < TimeSpan.FromSeconds(90));
        Assert.NotEmpty(acknowledged);
        foreach (var (id, text) in acknowledged)
        {
            using var article = await client.GetAsync(new Uri($"/api/articles/{id}", UriKind.Relative), ct);
            Assert.Equal(HttpStatusCode.OK, article.StatusCode);
            Assert.StartsWith("Russian troops arrived", (await Json.ReadAsync(article)).GetProperty("title").GetString());
        }
        TestContext.Current.SendDiagnosticMessage($"{all.Count} answers; {all.Count(a => a.Status == 503)} × 503 while down; recovered {recovery.TotalSeconds:0.0} s after the restart; {acknowledged.Count} writes acknowledged and found");
    }

    private static async Task WaitAsync(Func<Task<bool>> condition, TimeSpan limit, string failure)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < limit)
        {
            try
            {
                if (await condition()) return;
            }
            catch (HttpRequestException)
            {
                // not answering yet
            }
            await Task.Delay(250);
        }
        Assert.Fail(failure);
    }
}
