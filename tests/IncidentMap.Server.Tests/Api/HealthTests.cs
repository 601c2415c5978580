using System.Net;

namespace IncidentMap.Server.Tests.Api;

public sealed class HealthTests(PostGisDatabase postGis)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task LiveAndReady_AnswerOkOnceTheStoreIsUp(StoreKind store)
    {
        await using var server = await ServerFactory.CreateAsync(store, postGis);
        using var client = server.CreateClient();

        using var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative), Ct);
        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    [Fact]
    public async Task Ready_Answers503AndLayersAnswer503WhilePostGisIsUnreachable()
    {
        await using var server = ServerFactory.WithUnreachableDatabase();
        using var client = server.CreateClient();

        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative), Ct);
        using var layer = await client.GetAsync(new Uri("/api/layers/incidents", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, layer.StatusCode);
        Assert.Equal("application/problem+json", layer.Content.Headers.ContentType?.MediaType);
    }
}
