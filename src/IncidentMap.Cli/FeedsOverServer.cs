using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace IncidentMap.Cli;

/// <summary>
/// <c>feeds --server URL [--key KEY] add|list|poll</c>: the same commands sent to a running server's feed API, for a
/// store another process holds (the embedded store while the server runs) or a server on another machine.
/// </summary>
internal static class FeedsOverServer
{
    public static async Task<int> RunAsync(string[] args, ServerClient client, TextWriter stdout, TextWriter log, CancellationToken cancellationToken)
    {
        try
        {
            return args[0] switch
            {
                "add" => await AddAsync(args[1..], client, stdout, cancellationToken),
                "list" => await ListAsync(client, stdout, cancellationToken),
                _ => await PollAsync(args.Length > 1 ? long.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : null, client, stdout, log, cancellationToken),
            };
        }
        catch (ServerException e)
        {
            log.WriteLine($"feeds: {e.Message}");
            return e.Status is HttpStatusCode.NotFound or HttpStatusCode.BadRequest ? 2 : 1;
        }
    }

    private static async Task<int> AddAsync(string[] args, ServerClient client, TextWriter stdout, CancellationToken cancellationToken)
    {
        var body = new Dictionary<string, object?> { ["url"] = args[0] };
        if (FeedsCommand.Option(args, "--title") is { } title) body["title"] = title;
        if (FeedsCommand.Option(args, "--interval") is { } interval) body["interval_minutes"] = int.TryParse(interval, out var n) ? n : interval;
        var answer = await client.SendAsync(HttpMethod.Post, "api/feeds", () => JsonContent.Create(body), cancellationToken);
        var feed = answer.Body;
        stdout.WriteLine($"{(answer.Status == HttpStatusCode.Created ? "following" : "already following")} feed {feed.GetProperty("id").GetInt64()}: "
            + $"{feed.GetProperty("url").GetString()} every {feed.GetProperty("interval_minutes").GetInt32()} min");
        return 0;
    }

    private static async Task<int> ListAsync(ServerClient client, TextWriter stdout, CancellationToken cancellationToken)
    {
        var feeds = (await client.SendAsync(HttpMethod.Get, "api/feeds", null, cancellationToken)).Body;
        if (feeds.GetArrayLength() == 0) stdout.WriteLine("no feeds; add one with: incidentmap feeds --server URL add FEED-URL");
        foreach (var f in feeds.EnumerateArray())
        {
            stdout.WriteLine($"{f.GetProperty("id").GetInt64(),4}  {f.GetProperty("url").GetString()}");
            var status = f.GetProperty("last_status").ValueKind == JsonValueKind.Number ? $"HTTP {f.GetProperty("last_status").GetInt32()}" : "not polled yet";
            stdout.WriteLine($"      every {f.GetProperty("interval_minutes").GetInt32()} min · {status} · {f.GetProperty("items_seen").GetInt64()} items, "
                + $"{f.GetProperty("articles_created").GetInt64()} articles");
            if (f.GetProperty("last_error").GetString() is { } error) stdout.WriteLine($"      error: {error}");
        }
        return 0;
    }

    private static async Task<int> PollAsync(long? id, ServerClient client, TextWriter stdout, TextWriter log, CancellationToken cancellationToken)
    {
        var ids = id is { } one ? [one]
            : (await client.SendAsync(HttpMethod.Get, "api/feeds", null, cancellationToken)).Body.EnumerateArray().Select(f => f.GetProperty("id").GetInt64()).ToList();
        var failed = 0;
        foreach (var feedId in ids)
        {
            log.WriteLine($"feed {feedId}: polling through {client.Address}");
            var report = (await client.SendAsync(HttpMethod.Post, $"api/feeds/{feedId}/poll", null, cancellationToken)).Body;
            var error = report.GetProperty("error").GetString();
            if (error is not null && report.GetProperty("new_items").GetInt32() == 0) failed++;
            stdout.WriteLine(report.GetProperty("not_modified").GetBoolean()
                ? $"feed {feedId}: not modified (HTTP 304), nothing to read"
                : $"feed {feedId}: {report.GetProperty("items").GetInt32()} items, {report.GetProperty("new_items").GetInt32()} new, "
                  + $"{report.GetProperty("articles_created").GetInt32()} articles created, {report.GetProperty("duplicates").GetInt32()} duplicates"
                  + (error is null ? "" : $"; {error}"));
        }
        return failed == 0 ? 0 : 1;
    }
}
