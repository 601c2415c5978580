using IncidentMap.Server.Articles;
using IncidentMap.Server.Errors;
using IncidentMap.Server.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace IncidentMap.Server.Feeds;

/// <summary>The feeds the server follows: add, list with status, poll now, stop following.</summary>
[ApiController]
[Route("api/feeds")]
[Produces("application/json")]
public sealed class FeedsController(IIncidentStore store, FeedPolling polling, FeedOptions options, TimeProvider clock, IServiceProvider services) : ControllerBase
{
    /// <summary>Follows a feed (RSS 2.0, Atom 1.0 or JSON Feed): <c>{"url", "title"?, "interval_minutes"?}</c>
    /// (default 15, 1 to 1440). 201 for a new feed; 200 with the feed already followed at the same address.</summary>
    [HttpPost]
    [WriteAccess]
    [ProducesResponseType<FeedResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<FeedResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status415UnsupportedMediaType, "application/problem+json")]
    public async Task<IActionResult> Post(CancellationToken cancellationToken)
    {
        var mediaType = MediaTypeHeaderValue.TryParse(Request.ContentType, out var media) ? media.MediaType.Value : null;
        if (mediaType is null || !(mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase)))
            return Problems.Result(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                $"Post the feed as application/json {{\"url\": \"...\"}}, not '{mediaType}'.");
        var body = await ArticleBody.ReadTextAsync(Request, cancellationToken);
        var feed = FeedRequest.Parse(body).ToNewFeed(clock.GetUtcNow(), options.FirstPollSpread);
        var result = await store.AddFeedAsync(feed, cancellationToken);
        if (!result.Created) return Ok(FeedResponse.From(result.Feed));
        services.GetService<FeedPoller>()?.Wake();
        return CreatedAtAction(nameof(Get), new { id = result.Feed.Id }, FeedResponse.From(result.Feed));
    }

    /// <summary>Every followed feed with its status.</summary>
    [HttpGet]
    [ProducesResponseType<IReadOnlyList<FeedResponse>>(StatusCodes.Status200OK)]
    public async Task<IReadOnlyList<FeedResponse>> List(CancellationToken cancellationToken) =>
        [.. (await store.ListFeedsAsync(cancellationToken)).Select(FeedResponse.From)];

    /// <summary>One feed with its status.</summary>
    [HttpGet("{id:long}")]
    [ProducesResponseType<FeedResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Get(long id, CancellationToken cancellationToken) =>
        await store.GetFeedAsync(id, cancellationToken) is { } feed ? Ok(FeedResponse.From(feed)) : NotFoundProblem(id);

    /// <summary>Polls the feed now, whatever its schedule, and answers what the poll did.</summary>
    [HttpPost("{id:long}/poll")]
    [WriteAccess]
    [ProducesResponseType<FeedPollResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Poll(long id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (await store.ClaimFeedAsync(id, now + FeedSchedule.Lease, cancellationToken) is not { } feed) return NotFoundProblem(id);
        var report = await polling.PollAsync(feed, null, cancellationToken);
        if (report.Feed is null) return NotFoundProblem(id);
        return Ok(new FeedPollResponse(FeedResponse.From(report.Feed), report.NotModified, report.Items, report.NewItems,
            report.ArticlesCreated, report.Duplicates, report.ItemErrors, report.Error));
    }

    /// <summary>Stops following the feed; the articles it brought stay.</summary>
    [HttpDelete("{id:long}")]
    [WriteAccess]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Delete(long id, CancellationToken cancellationToken) =>
        await store.DeleteFeedAsync(id, cancellationToken) ? NoContent() : NotFoundProblem(id);

    private ProblemResult NotFoundProblem(long id) =>
        Problems.Result(StatusCodes.Status404NotFound, "Not found", $"There is no feed {id}.");
}
