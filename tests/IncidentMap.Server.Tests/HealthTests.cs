using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace IncidentMap.Server.Tests;

public sealed class HealthTests
{
    [Fact]
    public async Task Live_AnswersOk()
    {
        await using var factory = new WebApplicationFactory<Program>();
        using var client = factory.CreateClient();
        var response = await client.GetAsync(new Uri("/health/live", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
