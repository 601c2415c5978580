using System.Net;

namespace IncidentMap.Server.Tests.Api;

/// <summary>Near-border queries are bounded: the widest zone is answered from distances kept at ingest, within the
/// request timeout and the same on both stores; a wider one is refused, not measured for a minute. How fast is the
/// benchmarks' business (docs/benchmarks/store.md).</summary>
public sealed class NearBorderBoundsTests(PostGisDatabase postGis)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NearBorder_ChinaIndiaAtTheWidestZone_AnswersWithinTheRequestTimeoutAndAlikeOnBothStores()
    {
        var answers = new List<List<long>>();
        foreach (var store in new[] { StoreKind.Embedded, StoreKind.PostGis })
        {
            await using var server = await ServerFactory.CreateAsync(store, postGis);
            using var client = server.CreateClient();
            using var ready = await client.GetAsync(new Uri("/api/layers/incidents?limit=1", UriKind.Relative), Ct);

            // Four at once, as the page and a few users would send them: each must stay within the request timeout,
            // which answers 503 when passed.
            var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
                client.GetAsync(new Uri("/api/incidents/near-border?a=CHN&b=IND&km=100&limit=10000", UriKind.Relative), Ct)));
            using var tooWide = await client.GetAsync(new Uri("/api/incidents/near-border?a=CHN&b=IND&km=1000", UriKind.Relative), Ct);

            Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
            Assert.Equal(HttpStatusCode.BadRequest, tooWide.StatusCode);
            Assert.Equal("km", (await Json.ReadAsync(tooWide)).GetProperty("parameter").GetString());
            answers.Add([.. Json.Features(await Json.ReadAsync(responses[0])).Select(f => f.GetProperty("id").GetInt64()).Order()]);
            foreach (var r in responses) r.Dispose();
        }
        Assert.Equal(answers[0], answers[1]);
    }
}
