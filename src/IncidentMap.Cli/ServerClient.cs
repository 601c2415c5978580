using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace IncidentMap.Cli;

/// <summary>
/// A running IncidentMap server's HTTP API, for commands that send their work to the server instead of opening the
/// store: the bearer key on every request, a problem+json answer turned into its message, and 429 and 503 retried
/// after the server's <c>Retry-After</c> (a few times, never longer than half a minute each).
/// </summary>
internal sealed class ServerClient(HttpClient http, string? key) : IDisposable
{
    private const int _attempts = 6;
    private static readonly TimeSpan _longestWait = TimeSpan.FromSeconds(30);

    public Uri Address => http.BaseAddress!;

    public static ServerClient Create(Uri server, string? key, HttpMessageHandler? handler = null) =>
        new(new HttpClient(handler ?? new SocketsHttpHandler(), disposeHandler: handler is null)
        {
            BaseAddress = server,
            Timeout = TimeSpan.FromMinutes(2),
        }, key);

    /// <summary>Throws <see cref="ServerException"/> unless the server answers and its store is ready.</summary>
    public async Task CheckReadyAsync(CancellationToken cancellationToken) =>
        await SendAsync(HttpMethod.Get, "health/ready", null, cancellationToken);

    /// <summary>Sends a request and returns the answer's status and JSON body (an empty object when it has none);
    /// a 4xx or 5xx answer, or no answer, is a <see cref="ServerException"/> with the server's words.</summary>
    public async Task<ServerAnswer> SendAsync(HttpMethod method, string path, Func<HttpContent>? content, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = content?.Invoke() };
            if (!string.IsNullOrEmpty(key)) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, cancellationToken);
            }
            catch (HttpRequestException e)
            {
                throw new ServerException($"cannot reach {Address}: {e.Message}", null);
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new ServerException($"{Address} did not answer within {http.Timeout.TotalSeconds:0} s", null);
            }
            using (response)
            {
                var body = await ReadJsonAsync(response, cancellationToken);
                if (response.IsSuccessStatusCode) return new ServerAnswer(response.StatusCode, body);
                if (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable && attempt < _attempts)
                {
                    await Task.Delay(RetryAfter(response), cancellationToken);
                    continue;
                }
                throw new ServerException(Describe(response, body), response.StatusCode);
            }
        }
    }

    public void Dispose() => http.Dispose();

    private static TimeSpan RetryAfter(HttpResponseMessage response)
    {
        var wait = response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - DateTimeOffset.UtcNow,
            _ => TimeSpan.FromSeconds(2),
        };
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > _longestWait ? _longestWait : wait;
    }

    private static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            return text.Length == 0 ? JsonDocument.Parse("{}").RootElement : JsonDocument.Parse(text).RootElement.Clone();
        }
        catch (JsonException)
        {
            return JsonDocument.Parse("{}").RootElement;
        }
    }

    private static string Describe(HttpResponseMessage response, JsonElement problem)
    {
        string? Member(string name) => problem.ValueKind == JsonValueKind.Object && problem.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        var words = string.Join(": ", new[] { Member("title"), Member("detail") }.Where(w => !string.IsNullOrEmpty(w)));
        return $"{(int)response.StatusCode} {(words.Length > 0 ? words : response.ReasonPhrase)}";
    }
}
