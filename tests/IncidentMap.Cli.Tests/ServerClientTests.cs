using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace IncidentMap.Cli.Tests;

/// <summary>The command line's client of a running server: it waits as the server asks when it is busy or its
/// database is down, and gives up with the server's own words.</summary>
public sealed class ServerClientTests
{
    [Fact]
    public async Task Send_WhenTheServerAsksToWait_RetriesAfterRetryAfterAndReturnsTheAnswer()
    {
        var server = new ScriptedServer(
            Answer(HttpStatusCode.TooManyRequests, """{"title":"Too many requests"}""", retryAfter: 1),
            Answer(HttpStatusCode.ServiceUnavailable, """{"title":"Database unavailable"}""", retryAfter: 0),
            Answer(HttpStatusCode.Created, """{"id":7}"""));
        using var client = ServerClient.Create(new Uri("http://127.0.0.1:9/"), "k", server);

        var answer = await client.SendAsync(HttpMethod.Post, "api/articles", () => new StringContent("text"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, answer.Status);
        Assert.Equal(7, answer.Body.GetProperty("id").GetInt32());
        Assert.Equal(3, server.Requests.Count);
        Assert.All(server.Requests, r => Assert.Equal("Bearer k", r));
    }

    [Fact]
    public async Task Send_WhenTheServerRefuses_ThrowsWithItsProblemTitleAndDetail()
    {
        var server = new ScriptedServer(Answer(HttpStatusCode.BadRequest, """{"title":"Invalid parameter 'published'","detail":"'published' 0001-01-01 is before 1900-01-01."}"""));
        using var client = ServerClient.Create(new Uri("http://127.0.0.1:9/"), null, server);

        var refused = await Assert.ThrowsAsync<ServerException>(() =>
            client.SendAsync(HttpMethod.Post, "api/articles", () => new StringContent("text"), TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal("400 Invalid parameter 'published': 'published' 0001-01-01 is before 1900-01-01.", refused.Message);
    }

    private static HttpResponseMessage Answer(HttpStatusCode status, string json, int? retryAfter = null)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/problem+json") };
        if (retryAfter is { } seconds) response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(seconds));
        return response;
    }

    /// <summary>Answers requests with the given responses in order, in process: the retry logic is what is tested.</summary>
    private sealed class ScriptedServer(params HttpResponseMessage[] answers) : HttpMessageHandler
    {
        private int _next;

        public List<string> Requests { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add(request.Headers.Authorization?.ToString() ?? "");
            return Task.FromResult(answers[_next++]);
        }
    }
}
