using System.Diagnostics;
using System.Net;

namespace IncidentMap.Server.Tests.Api;

/// <summary>Near-border queries are bounded: the widest zone is answered from distances kept at ingest, quickly and
/// the same on both stores; a wider one is refused, not measured for a minute.</summary>
public sealed class NearBorderBoundsTests(PostGisDatabase postGis)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NearBorder_ChinaIndiaAtTheWidestZone_AnswersWithinSecondsAndAlikeOnBothStores()
    {
        var answers = new List<List<long>>();
        foreach (var store in new[] { StoreKind.Embedded, StoreKind.PostGis })
        {
            await using var server = await ServerFactory.CreateAsync(store, postGis);
            using var client = server.CreateClient();
            using var ready = await client.GetAsync(new Uri("/api/layers/incidents?limit=1", UriKind.Relative), Ct);

            // Four at once, as the page and a few users would send them: each must stay bounded.
            var clock = Stopwatch.StartNew();
            var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
                client.GetAsync(new Uri("/api/incidents/near-border?a=CHN&b=IND&km=100&limit=10000", UriKind.Relative), Ct)));
            clock.Stop();
            using var tooWide = await client.GetAsync(new Uri("/api/incidents/near-border?a=CHN&b=IND&km=1000", UriKind.Relative), Ct);

            Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"{store}: {clock.Elapsed.TotalSeconds:F1} s for four CHN–IND queries at 100 km");
            Assert.Equal(HttpStatusCode.BadRequest, tooWide.StatusCode);
            Assert.Equal("km", (await Json.ReadAsync(tooWide)).GetProperty("parameter").GetString());
            answers.Add([.. Json.Features(await Json.ReadAsync(responses[0])).Select(f => f.GetProperty("id").GetInt64()).Order()]);
            foreach (var r in responses) r.Dispose();
        }
        Assert.Equal(answers[0], answers[1]);
    }
}
