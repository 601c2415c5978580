using Microsoft.AspNetCore.Mvc;

namespace IncidentMap.Server.Errors;

/// <summary>problem+json results for the statuses controllers and filters answer themselves.</summary>
public static class Problems
{
    public static ProblemResult Result(int status, string title, string detail, IDictionary<string, object?>? extensions = null)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        if (extensions is not null)
        {
            foreach (var (key, value) in extensions) problem.Extensions[key] = value;
        }
        return new ProblemResult(problem);
    }
}

/// <summary>Writes a problem through the problem details service, so it is application/problem+json whatever
/// media type the action produces on success.</summary>
public sealed class ProblemResult(ProblemDetails problem) : IActionResult
{
    public ProblemDetails Problem { get; } = problem;

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var http = context.HttpContext;
        http.Response.StatusCode = Problem.Status ?? StatusCodes.Status500InternalServerError;
        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = Problem });
    }
}
