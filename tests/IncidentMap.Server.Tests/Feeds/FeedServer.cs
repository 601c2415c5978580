using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace IncidentMap.Server.Tests.Feeds;

/// <summary>
/// A news site for the feed tests: Kestrel on 127.0.0.1 (loopback only) in this process, serving whatever each test
/// puts at a path, and keeping every request it received with its headers.
/// </summary>
public sealed class FeedServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> _routes = new(StringComparer.Ordinal);

    private FeedServer(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public ConcurrentQueue<ReceivedRequest> Requests { get; } = new();

    public static async Task<FeedServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FeedServer(app);
        app.Run(async context =>
        {
            server.Requests.Enqueue(new ReceivedRequest(context.Request.Path + context.Request.QueryString,
                context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase)));
            if (server._routes.TryGetValue(context.Request.Path.Value ?? "", out var handler)) await handler(context);
            else context.Response.StatusCode = 404;
        });
        await app.StartAsync(TestContext.Current.CancellationToken);
        server.BaseAddress = new Uri(app.Urls.First() + "/");
        return server;
    }

    public string Url(string path) => new Uri(BaseAddress, path.TrimStart('/')).AbsoluteUri;

    public void Serve(string path, Func<HttpContext, Task> handler) => _routes[path] = handler;

    /// <summary>Serves a fixed body with an ETag, answering 304 to a request that sends it back.</summary>
    public void Serve(string path, string contentType, string body, string? etag = null) =>
        Serve(path, contentType, Encoding.UTF8.GetBytes(body), etag);

    public void Serve(string path, string contentType, byte[] body, string? etag = null) => Serve(path, async context =>
    {
        if (etag is not null)
        {
            context.Response.Headers.ETag = etag;
            if (context.Request.Headers.IfNoneMatch.ToString() == etag)
            {
                context.Response.StatusCode = 304;
                return;
            }
        }
        context.Response.ContentType = contentType;
        await context.Response.Body.WriteAsync(body);
    });

    public IEnumerable<ReceivedRequest> RequestsTo(string path) => Requests.Where(r => r.Path == path);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>A request the feed server received.</summary>
public sealed record ReceivedRequest(string Path, IReadOnlyDictionary<string, string> Headers);
