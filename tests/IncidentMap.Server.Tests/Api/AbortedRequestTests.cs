using System.Net;

namespace IncidentMap.Server.Tests.Api;

/// <summary>
/// The map page cancels its in-flight requests whenever the filters change. A client that goes away must never take
/// down the answer of another client asking for the same URL at the same moment.
/// </summary>
public sealed class AbortedRequestTests(PostGisDatabase postGis)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/api/layers/borders?limit={0}")]
    [InlineData("/api/layers/areas?simplify=0.01&limit={0}")]
    [InlineData("/ogc/collections/borders/items?limit={0}")]
    public async Task AbortedRequest_DoesNotFailConcurrentRequestsForTheSameUrl(string template)
    {
        await using var server = await ServerFactory.CreateAsync(StoreKind.Embedded, postGis);
        using var client = server.CreateClient();
        var cancelled = 0;
        for (var trial = 0; trial < 8; trial++)
        {
            // A URL of its own per trial, so every trial starts with nothing cached.
            var url = new Uri(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, 9000 + trial), UriKind.Relative);
            using var abort = CancellationTokenSource.CreateLinkedTokenSource(Ct);
            var aborted = client.GetAsync(url, abort.Token);
            await Task.Delay(2, Ct);
            var waiting = Enumerable.Range(0, 5).Select(_ => client.GetAsync(url, Ct)).ToArray();
            await Task.Delay(3, Ct);
            await abort.CancelAsync();
            // On a busy machine the first request may finish before the cancel: then this trial aborted nothing.
            try
            {
                (await aborted).Dispose();
            }
            catch (OperationCanceledException)
            {
                cancelled++;
            }

            foreach (var response in await Task.WhenAll(waiting))
            {
                using (response)
                {
                    Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                    var body = await Json.ReadAsync(response);
                    Assert.NotEmpty(Json.Features(body));
                }
            }
        }
        Assert.True(cancelled > 0, "no trial cancelled its first request while the others waited");
    }
}
