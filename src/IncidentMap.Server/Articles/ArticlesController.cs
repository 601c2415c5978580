using IncidentMap.Server.Errors;
using IncidentMap.Server.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace IncidentMap.Server.Articles;

/// <summary>Ingest: an article goes in, is geoparsed, and is stored with its incidents in one transaction.</summary>
[ApiController]
[Route("api/articles")]
[Produces("application/json")]
public sealed class ArticlesController(IIncidentStore store, ArticleIngest ingest) : ControllerBase
{
    /// <summary>Ingests an article posted as JSON <c>{title, text, published, source, url}</c> or as text/plain
    /// (optional leading <c>date YYYY-MM-DD</c> line; title, source and url may be given in the query).
    /// 201 for a new article; 200 with the stored one when it is a copy of it (same address, same text, or the same
    /// story lightly edited), with this copy added to its sources when it comes from another address or outlet.</summary>
    [HttpPost]
    [WriteAccess]
    [ProducesResponseType<ArticleResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ArticleResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status415UnsupportedMediaType, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, "application/problem+json")]
    public async Task<IActionResult> Post(CancellationToken cancellationToken)
    {
        var mediaType = MediaTypeHeaderValue.TryParse(Request.ContentType, out var media) ? media.MediaType.Value : null;
        var isJson = mediaType is not null && (mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
        var isText = mediaType is null || mediaType.Equals("text/plain", StringComparison.OrdinalIgnoreCase);
        if (!isJson && !isText)
            return Problems.Result(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                $"Post the article as application/json or text/plain, not '{mediaType}'.");

        var body = await ArticleBody.ReadTextAsync(Request, cancellationToken);
        var article = isJson
            ? ArticleRequest.Parse(body).ToNewArticle()
            : new ArticleRequest(Query("title"), body, null, Query("source"), Query("url")).ToNewArticle();
        var result = await ingest.IngestAsync(article, cancellationToken);
        var sources = await store.GetArticleSourcesAsync(result.Article.Id, CancellationToken.None);
        var response = ArticleResponse.From(result.Article, result.Incidents, result.Created, sources, result.MatchedBy, result.SourceAdded);
        return result.Created
            ? CreatedAtAction(nameof(Get), new { id = result.Article.Id }, response)
            : Ok(response);
    }

    /// <summary>An article with its incidents.</summary>
    [HttpGet("{id:long}")]
    [ProducesResponseType<ArticleResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Get(long id, CancellationToken cancellationToken)
    {
        var article = await store.GetArticleAsync(id, cancellationToken);
        if (article is null) return NotFoundProblem(id);
        var incidents = await store.QueryIncidentsAsync(new IncidentFilter { ArticleId = id, Limit = 10_000 }, cancellationToken);
        return Ok(ArticleResponse.From(article, incidents.Items, created: false, await store.GetArticleSourcesAsync(id, cancellationToken)));
    }

    /// <summary>Deletes an article and its incidents.</summary>
    [HttpDelete("{id:long}")]
    [WriteAccess]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Delete(long id, CancellationToken cancellationToken)
    {
        return await ingest.DeleteAsync(id, cancellationToken) ? NoContent() : NotFoundProblem(id);
    }

    private ProblemResult NotFoundProblem(long id) =>
        Problems.Result(StatusCodes.Status404NotFound, "Not found", $"There is no article {id}.");

    private string? Query(string name) => Request.Query[name].FirstOrDefault();
}
