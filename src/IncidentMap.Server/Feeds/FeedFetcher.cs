using System.Net;
using System.Net.Http.Headers;

namespace IncidentMap.Server.Feeds;

/// <summary>
/// GETs feeds and article pages through the guarded client (see <see cref="FeedHttp"/>): conditional on the stored
/// validators, every answer bounded in time (headers and body together) and in size (after decompression), and every
/// failure turned into a sentence for the feed's status.
/// </summary>
public sealed class FeedFetcher(IHttpClientFactory clients, FeedOptions options)
{
    public async Task<FetchResult> GetAsync(string url, string accept, long maxBytes, string? etag, string? lastModified, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
            return new FetchResult { Error = $"Not an http or https address: {url}" };
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.Timeout);
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        request.Headers.Accept.ParseAdd(accept);
        if (etag is not null) request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        if (lastModified is not null) request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
        try
        {
            using var response = await clients.CreateClient(FeedHttp.ClientName)
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            var status = (int)response.StatusCode;
            var retryAfter = RetryAfter(response.Headers.RetryAfter);
            if (response.StatusCode == HttpStatusCode.NotModified) return new FetchResult { Status = status, RetryAfter = retryAfter };
            if (status is >= 300 and < 400)
                return new FetchResult { Status = status, Error = $"HTTP {status}: too many redirects (more than {FeedHttp.MaxRedirects}), or a redirect in a loop." };
            if (!response.IsSuccessStatusCode)
            {
                var wait = retryAfter is { } r ? $"; the server asks to wait {r.TotalSeconds:0} s" : "";
                return new FetchResult { Status = status, RetryAfter = retryAfter, Error = $"HTTP {status} {response.ReasonPhrase}{wait}." };
            }
            if (response.Content.Headers.ContentLength > maxBytes) return TooLarge(status, maxBytes);
            var body = await ReadAsync(response.Content, maxBytes, deadline.Token);
            if (body is null) return TooLarge(status, maxBytes);
            return new FetchResult
            {
                Status = status,
                Body = body,
                ContentType = response.Content.Headers.ContentType?.ToString(),
                ETag = response.Headers.ETag?.ToString(),
                LastModified = response.Content.Headers.LastModified?.ToString("R"),
                RetryAfter = retryAfter,
            };
        }
        catch (Exception e) when (e is OperationCanceledException or Polly.Timeout.TimeoutRejectedException && !cancellationToken.IsCancellationRequested)
        {
            return new FetchResult { Error = $"No complete answer within {options.Timeout.TotalSeconds:0.#} s." };
        }
        catch (HttpRequestException e)
        {
            return new FetchResult { Error = Describe(e) };
        }
    }

    /// <summary>The body, or null when it grows past the cap: a feed that never ends stops here or at the deadline.</summary>
    private static async Task<byte[]?> ReadAsync(HttpContent content, long maxBytes, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static FetchResult TooLarge(int status, long maxBytes) =>
        new() { Status = status, Error = $"The answer is larger than {maxBytes / 1024.0 / 1024.0:0.##} MB; nothing of it was stored." };

    private static TimeSpan? RetryAfter(RetryConditionHeaderValue? header)
    {
        if (header?.Delta is { } delta) return delta;
        if (header?.Date is { } date) return date - DateTimeOffset.UtcNow is { Ticks: > 0 } wait ? wait : TimeSpan.Zero;
        return null;
    }

    private static string Describe(HttpRequestException e)
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is AddressRefusedException refused) return refused.Message;
        }
        var message = e.InnerException is { } inner2 && inner2 is not System.Net.Sockets.SocketException ? $"{e.Message} ({inner2.Message})" : e.Message;
        return $"Could not fetch: {message}";
    }
}
