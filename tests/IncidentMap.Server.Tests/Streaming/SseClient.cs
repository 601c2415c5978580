using System.Text;
using System.Text.Json;

namespace IncidentMap.Server.Tests.Streaming;

/// <summary>A received server-sent event: its id, type and data; a comment has only <see cref="Comment"/>.</summary>
public sealed record SseMessage(long? Id, string? Type, string? Data, string? Comment)
{
    public JsonElement Json => JsonDocument.Parse(Data!).RootElement.Clone();
}

/// <summary>Reads <c>/api/stream</c> as a browser's EventSource would, message by message.</summary>
public sealed class SseClient : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private SseClient(HttpResponseMessage response, StreamReader reader)
    {
        _response = response;
        _reader = reader;
    }

    public static async Task<SseClient> ConnectAsync(HttpClient client, long? lastEventId = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/stream");
        request.Headers.Accept.ParseAdd("text/event-stream");
        if (lastEventId is { } id) request.Headers.Add("Last-Event-ID", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var stream = await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken);
        return new SseClient(response, new StreamReader(stream, Encoding.UTF8));
    }

    /// <summary>The next message or comment, or null when the server closed the stream; fails after <paramref name="timeout"/>.</summary>
    public async Task<SseMessage?> NextAsync(TimeSpan timeout)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(timeout);
        long? id = null;
        string? type = null, comment = null;
        var data = new StringBuilder();
        while (await _reader.ReadLineAsync(deadline.Token) is { } line)
        {
            if (line.Length == 0)
            {
                if (id is null && type is null && data.Length == 0 && comment is null) continue;
                return new SseMessage(id, type, data.Length == 0 ? null : data.ToString(), comment);
            }
            if (line.StartsWith(':')) comment = line[1..].Trim();
            else if (line.StartsWith("id: ", StringComparison.Ordinal)) id = long.Parse(line[4..], System.Globalization.CultureInfo.InvariantCulture);
            else if (line.StartsWith("event: ", StringComparison.Ordinal)) type = line[7..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal)) data.Append(line[6..]);
        }
        return null;
    }

    /// <summary>The next message of the given type, skipping comments and the retry line.</summary>
    public async Task<SseMessage> NextOfTypeAsync(string type, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (true)
        {
            var left = until - DateTime.UtcNow;
            Assert.True(left > TimeSpan.Zero, $"No '{type}' message within {timeout.TotalSeconds} s.");
            SseMessage? message;
            try
            {
                message = await NextAsync(left);
            }
            catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
            {
                message = null;
                Assert.Fail($"No '{type}' message within {timeout.TotalSeconds} s.");
            }
            if (message is null) throw new InvalidOperationException("The server closed the stream.");
            if (message.Type == type) return message;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        await Task.CompletedTask;
    }
}
