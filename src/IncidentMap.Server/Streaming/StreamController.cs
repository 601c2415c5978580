using System.Globalization;
using IncidentMap.Server.Errors;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Mvc;

namespace IncidentMap.Server.Streaming;

/// <summary>The live stream of event changes, as server-sent events.</summary>
[ApiController]
[Route("api/stream")]
public sealed class StreamController(EventHub hub, StreamOptions options) : ControllerBase
{
    /// <summary>Server-sent events: <c>event</c> messages carry an event's GeoJSON feature whenever it is created or
    /// changes, <c>removed</c> messages the id of an event that no longer exists; every message has an <c>id:</c>. A
    /// client that reconnects with <c>Last-Event-ID</c> (browsers do) first gets what changed since, for at least the
    /// last hour. A comment line every 15 s keeps proxies from closing an idle stream.</summary>
    [HttpGet]
    [DisableRequestTimeout] // a stream stays open as long as the client wants it
    [Produces("text/event-stream")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, "application/problem+json")]
    public async Task<IActionResult> Get(CancellationToken cancellationToken)
    {
        long? lastEventId = null;
        var header = Request.Headers["Last-Event-ID"].ToString();
        if (header.Length > 0)
        {
            if (!long.TryParse(header, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                throw new InvalidParameterException("Last-Event-ID", $"'Last-Event-ID' must be the id of a message of this stream, not '{header}'.");
            lastEventId = id;
        }
        var client = hub.Connect();
        if (client is null)
        {
            Response.Headers.RetryAfter = "30";
            return Problems.Result(StatusCodes.Status503ServiceUnavailable, "Too many live clients",
                $"The server streams to {options.MaxClients} clients at most; try again shortly.");
        }
        try
        {
            await StreamAsync(client, lastEventId, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away.
        }
        finally
        {
            hub.Disconnect(client);
        }
        return new EmptyResult();
    }

    private async Task StreamAsync(StreamClient client, long? lastEventId, CancellationToken cancellationToken)
    {
        Response.ContentType = "text/event-stream; charset=utf-8";
        Response.Headers.CacheControl = "no-cache";
        Response.Headers["X-Accel-Buffering"] = "no";
        var body = Response.Body;
        await body.WriteAsync("retry: 3000\n\n"u8.ToArray(), cancellationToken);
        var sent = hub.LastId;
        if (lastEventId is { } last)
        {
            sent = last;
            foreach (var message in await hub.ReplayAsync(last, cancellationToken))
            {
                await body.WriteAsync(message.Bytes, cancellationToken);
                sent = message.Id;
            }
        }
        await body.FlushAsync(cancellationToken);
        var heartbeat = ": keep-alive\n\n"u8.ToArray();
        while (true)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            wait.CancelAfter(options.Heartbeat);
            bool more;
            try
            {
                more = await client.Reader.WaitToReadAsync(wait.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                await body.WriteAsync(heartbeat, cancellationToken);
                await body.FlushAsync(cancellationToken);
                continue;
            }
            // Completed: the client fell too far behind (or the server is stopping); it reconnects and catches up.
            if (!more) return;
            while (client.Reader.TryRead(out var message))
            {
                if (message.Id <= sent) continue;
                await body.WriteAsync(message.Bytes, cancellationToken);
                sent = message.Id;
            }
            await body.FlushAsync(cancellationToken);
        }
    }
}
