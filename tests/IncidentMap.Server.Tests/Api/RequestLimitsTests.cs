using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;

namespace IncidentMap.Server.Tests.Api;

/// <summary>Every request has a time limit, and JSON answers travel compressed.</summary>
public sealed class RequestLimitsTests(PostGisDatabase postGis)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Request_LongerThanTheTimeLimit_IsStoppedWith503AndRetryAfter()
    {
        await using var server = await ServerFactory.CreateAsync(StoreKind.Embedded, postGis);
        server.Settings["INCIDENTMAP_REQUEST_TIMEOUT_SECONDS"] = "1";
        var address = server.StartOnLoopback();
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port, Ct);
        await using var stream = tcp.GetStream();
        // A client that announces an article, sends a few bytes of it and then nothing (a slow-loris write).
        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            $"POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1:{address.Port}\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\nTroops "), Ct);
        using var reader = new StreamReader(stream, Encoding.ASCII);
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        bounded.CancelAfter(TimeSpan.FromSeconds(30));

        var head = new List<string>();
        while (await reader.ReadLineAsync(bounded.Token) is { Length: > 0 } line) head.Add(line);

        Assert.StartsWith("HTTP/1.1 503", head[0], StringComparison.Ordinal);
        Assert.Contains(head, h => h.StartsWith("Retry-After:", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(head, h => h.StartsWith("Content-Type: application/problem+json", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("/api/layers/areas?simplify=0.01", "br", "application/geo+json")]
    [InlineData("/api/layers/incidents", "gzip", "application/geo+json")]
    [InlineData("/ogc/collections/borders/items?limit=50", "br", "application/geo+json")]
    [InlineData("/api/borders", "gzip", "application/json")]
    [InlineData("/api/layers/incidents?bbox=oops", "gzip", "application/problem+json")]
    public async Task JsonAnswers_AreCompressedAsTheClientAccepts(string url, string encoding, string mediaType)
    {
        await using var server = await ServerFactory.CreateAsync(StoreKind.Embedded, postGis);
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));

        using var response = await client.SendAsync(request, Ct);

        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));
        var compressed = await response.Content.ReadAsStreamAsync(Ct);
        await using var plain = encoding == "br"
            ? (Stream)new System.IO.Compression.BrotliStream(compressed, System.IO.Compression.CompressionMode.Decompress)
            : new System.IO.Compression.GZipStream(compressed, System.IO.Compression.CompressionMode.Decompress);
        using var document = await System.Text.Json.JsonDocument.ParseAsync(plain, cancellationToken: Ct);
        Assert.NotEqual(System.Text.Json.JsonValueKind.Undefined, document.RootElement.ValueKind);
    }
}
