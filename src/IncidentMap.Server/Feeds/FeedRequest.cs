using System.Text.Json;
using IncidentMap.Server.Errors;
using IncidentMap.Server.Storage;

namespace IncidentMap.Server.Feeds;

/// <summary>A feed to follow, posted as JSON <c>{"url", "title"?, "interval_minutes"?}</c>.</summary>
public sealed record FeedRequest(string? Url, string? Title, int? IntervalMinutes)
{
    public const int DefaultIntervalMinutes = 15;
    public const int MaxIntervalMinutes = 24 * 60;

    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static FeedRequest Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<FeedRequest>(json, _json)
                ?? throw new InvalidParameterException("body", "The body is JSON null; post an object with at least 'url'.");
        }
        catch (JsonException e)
        {
            var where = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "body" : e.Path.TrimStart('$', '.');
            throw new InvalidParameterException(where, where == "body" ? $"Not a valid feed JSON object: {e.Message.Split('.')[0]}." : $"'{where}' is not valid: {e.Message.Split('.')[0]}.");
        }
    }

    /// <summary>Checks the members; the address is stored in canonical form, so the same feed is followed once.</summary>
    public NewFeed ToNewFeed(DateTimeOffset now, TimeSpan firstPollSpread)
    {
        if (string.IsNullOrWhiteSpace(Url)) throw new InvalidParameterException("url", "'url' is required: the feed's http or https address.");
        var canonical = Url.Length <= 2000 ? CanonicalUrl.Of(Url) : null;
        if (canonical is null) throw new InvalidParameterException("url", "'url' must be an absolute http or https address of at most 2000 characters.");
        if (Title is { Length: > 200 }) throw new InvalidParameterException("title", "'title' is longer than 200 characters.");
        var interval = IntervalMinutes ?? DefaultIntervalMinutes;
        if (interval is < 1 or > MaxIntervalMinutes)
            throw new InvalidParameterException("interval_minutes", $"'interval_minutes' must be from 1 to {MaxIntervalMinutes}, not {interval}.");
        return new NewFeed
        {
            Url = canonical,
            Title = string.IsNullOrWhiteSpace(Title) ? null : Title.Trim(),
            IntervalMinutes = interval,
            FirstPollAt = FeedSchedule.FirstPoll(now, interval, firstPollSpread),
        };
    }
}
