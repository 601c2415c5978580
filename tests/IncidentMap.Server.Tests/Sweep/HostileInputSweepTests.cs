using System.Collections.Concurrent;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using IncidentMap.Server.Tests.Api;

namespace IncidentMap.Server.Tests.Sweep;

/// <summary>
/// Thousands of malformed and hostile requests, generated from <see cref="HostileRequests"/>'s table, against a real
/// server on 127.0.0.1 on each store: none may answer 5xx or hang, and every 4xx the application answers is
/// problem+json, naming the parameter when the request broke one.
/// </summary>
public sealed class HostileInputSweepTests(PostGisDatabase postGis)
{
    // Generous: a loaded 2-core machine, and no request here should come anywhere near it.
    private static readonly TimeSpan _perRequest = TimeSpan.FromSeconds(60);

    // Requests Kestrel refuses itself, before the application sees them, with no body: a request line, header or
    // body it cannot accept.
    private static readonly int[] _protocolLevel = [400, 413, 414, 431];

    private static readonly UriCreationOptions _verbatim = new() { DangerousDisablePathAndQueryCanonicalization = true };

    private static byte[][] RawRequests(int port) =>
    [
        [.. "GET /api/layers/incidents?bbox="u8, 0xFF, 0xFE, 0x00, .. " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"u8],
        [.. "GET /api/layers/incidents HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Nul: a"u8, 0x00, .. "b\r\n\r\n"u8],
        Encoding.ASCII.GetBytes($"POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: text/plain\r\nContent-Length: 99999999999999999999\r\n\r\nTroops"),
        Encoding.ASCII.GetBytes($"POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\nZZZ\r\nTroops\r\n0\r\n\r\n"),
        Encoding.ASCII.GetBytes($"POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"),
        Encoding.ASCII.GetBytes($"GET /{new string('a', 20_000)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"),
        Encoding.ASCII.GetBytes("GET /api/layers/incidents HTTP/9.9\r\nHost: 127.0.0.1\r\n\r\n"),
        Encoding.ASCII.GetBytes("GET /api/layers/incidents HTTP/1.1\r\nHost: 127.0.0.1\r\nNo colon here\r\n\r\n"),
        Encoding.ASCII.GetBytes("GET /api/layers/incidents HTTP/1.1\r\nHost: a b c\r\n\r\n"),
        Encoding.ASCII.GetBytes("GET /api/layers/incidents HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: 127.0.0.2\r\n\r\n"),
        Encoding.ASCII.GetBytes($"POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: text/plain\r\nContent-Length: 3\r\n\r\nTroops arrived"),
        Encoding.ASCII.GetBytes("GARBAGE\r\n\r\n"),
    ];

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task HostileRequests_GetNo5xxNoHang_AndEvery4xxIsAProblemNamingTheParameter(StoreKind store)
    {
        // Feeds are added but never polled: no address a hostile body names is ever fetched.
        await using var server = await ServerFactory.CreateAsync(store, postGis, settings: new Dictionary<string, string> { ["INCIDENTMAP_FEEDS_POLL"] = "false" });
        var address = server.StartOnLoopback();
        using var http = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = System.Net.DecompressionMethods.None }) { Timeout = _perRequest };
        // Until its store is ready the server rightly answers 503 to everything; the sweep is about what comes after.
        for (var wait = 0; ; wait++)
        {
            using (var ready = await http.GetAsync(new Uri(address, "health/ready"), TestContext.Current.CancellationToken))
            {
                if (ready.IsSuccessStatusCode) break;
            }
            Assert.True(wait < 600, "the server was not ready within 5 minutes");
            await Task.Delay(500, TestContext.Current.CancellationToken);
        }
        var requests = HostileRequests.All();
        var failures = new ConcurrentQueue<string>();
        var statuses = new ConcurrentDictionary<int, int>();

        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = TestContext.Current.CancellationToken },
            async (request, ct) =>
            {
                var problem = await SendAsync(http, address, request, statuses, ct);
                if (problem is not null) failures.Enqueue($"{request} -> {problem}");
            });
        var port = address.Port;
        foreach (var raw in RawRequests(port))
        {
            var problem = await SendRawAsync(address, raw, statuses, TestContext.Current.CancellationToken);
            if (problem is not null) failures.Enqueue($"raw {Encoding.ASCII.GetString(raw[..Math.Min(raw.Length, 80)]).ReplaceLineEndings("⏎")} -> {problem}");
        }

        Assert.True(requests.Count >= 2000, $"only {requests.Count} requests generated");
        Assert.True(statuses.Keys.Any(s => s == 400) && statuses.Keys.Any(s => s is >= 200 and < 300), "the sweep never reached both a 2xx and a 400");
        Assert.True(failures.IsEmpty, $"{failures.Count} of {requests.Count} requests failed "
            + $"(statuses {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))}):\n{string.Join('\n', failures.Take(60))}");
    }

    /// <summary>Sends one request; returns what is wrong with the answer, or null.</summary>
    private static async Task<string?> SendAsync(HttpClient http, Uri server, HostileRequest request, ConcurrentDictionary<int, int> statuses, CancellationToken ct)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), new Uri(server.GetLeftPart(UriPartial.Authority) + request.PathAndQuery, in _verbatim));
        if (request.Content is { } content)
        {
            message.Content = new ByteArrayContent(content.Body);
            if (content.ContentType is not null) message.Content.Headers.TryAddWithoutValidation("Content-Type", content.ContentType);
        }
        foreach (var (name, value) in request.Headers) message.Headers.TryAddWithoutValidation(name, value);
        HttpResponseMessage response;
        byte[] body;
        try
        {
            response = await http.SendAsync(message, ct);
            body = await response.Content.ReadAsByteArrayAsync(ct);
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return $"no answer within {_perRequest.TotalSeconds:0} s";
        }
        catch (HttpRequestException e)
        {
            return $"connection failed: {e.Message}";
        }
        using (response)
        {
            var status = (int)response.StatusCode;
            statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
            if (status >= 500) return $"{status} {Encoding.UTF8.GetString(body[..Math.Min(body.Length, 300)])}";
            if (status < 400 || request.Method == "HEAD") return null;
            if (body.Length == 0 && _protocolLevel.Contains(status)) return null;
            if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                return $"{status} as {response.Content.Headers.ContentType?.MediaType ?? "no type"}, not problem+json";
            JsonElement json;
            try
            {
                json = JsonDocument.Parse(body).RootElement;
            }
            catch (JsonException)
            {
                return $"{status} problem+json that is not JSON";
            }
            if (status != 400 || request.Parameter is null) return null;
            var named = json.TryGetProperty("parameter", out var p) ? p.GetString() : null;
            return named == request.Parameter ? null : $"400 names '{named ?? "nothing"}', not '{request.Parameter}': {json.GetProperty("detail")}";
        }
    }

    /// <summary>Sends bytes no HTTP client would and reads the status line.</summary>
    private static async Task<string?> SendRawAsync(Uri server, byte[] raw, ConcurrentDictionary<int, int> statuses, CancellationToken ct)
    {
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(ct);
        bounded.CancelAfter(_perRequest);
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Host, server.Port, bounded.Token);
        await using var stream = tcp.GetStream();
        try
        {
            await stream.WriteAsync(raw, bounded.Token);
        }
        catch (IOException)
        {
            // Kestrel may close the connection before taking a body it has refused; the answer is still there.
        }
        using var reader = new StreamReader(stream, Encoding.ASCII);
        string? line;
        try
        {
            line = await reader.ReadLineAsync(bounded.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return $"no answer within {_perRequest.TotalSeconds:0} s";
        }
        if (line is null || line.Split(' ') is not [_, var code, ..] || !int.TryParse(code, out var status)) return $"no status line ('{line}')";
        statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
        // An HTTP version that does not exist gets the answer RFC 9110 (15.6.6) gives it, from Kestrel before the
        // application: the one 5xx a client can provoke, and it says the client is at fault.
        if (status == 505 && !Encoding.ASCII.GetString(raw).Contains(" HTTP/1.1\r\n", StringComparison.Ordinal)) return null;
        return status >= 500 ? line : null;
    }
}
