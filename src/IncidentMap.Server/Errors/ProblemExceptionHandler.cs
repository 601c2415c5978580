using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace IncidentMap.Server.Errors;

/// <summary>
/// Turns every exception that escapes a request into problem+json: bad parameters and bad requests keep their
/// 4xx status, a client that went away is not an error, a database that cannot serve right now is a 503 with
/// <c>Retry-After</c> (the server recovers by itself when it is back), and anything else is a 500 without internals.
/// </summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    /// <summary>How long a client should wait before retrying a request the database could not serve.</summary>
    public const string RetryAfterSeconds = "5";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            InvalidParameterException p => new ProblemDetails
            {
                Status = p.Status,
                Title = $"Invalid parameter '{p.Parameter}'",
                Detail = p.Message,
                Extensions = { ["parameter"] = p.Parameter },
            },
            BadHttpRequestException b => new ProblemDetails { Status = b.StatusCode, Title = "Bad request", Detail = b.Message },
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested =>
                new ProblemDetails { Status = 499, Title = "Client closed request" },
            _ when DatabaseOutage.Is(exception) => Unavailable(httpContext, exception),
            _ => null,
        };
        if (problem is null)
        {
            logger.LogError(exception, "Unhandled exception on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            problem = new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = "Internal server error" };
        }
        if (httpContext.Response.HasStarted) return true;
        if (problem.Status == StatusCodes.Status503ServiceUnavailable) httpContext.Response.Headers.RetryAfter = RetryAfterSeconds;
        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem });
    }

    private ProblemDetails Unavailable(HttpContext httpContext, Exception exception)
    {
        logger.LogWarning("Database unavailable on {Method} {Path}: {Reason}", httpContext.Request.Method, httpContext.Request.Path, exception.Message);
        // Idle pooled connections to a server that went away are dead too; drop them now rather than fail one request
        // for each once the database is back.
        Npgsql.NpgsqlConnection.ClearAllPools();
        return new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = "Database unavailable",
            Detail = "The database cannot answer right now; nothing was changed. Try again shortly.",
        };
    }
}
