using Microsoft.AspNetCore.Mvc;

namespace IncidentMap.Server.Errors;

/// <summary>problem+json results for the statuses controllers and filters answer themselves.</summary>
public static class Problems
{
    public static ObjectResult Result(int status, string title, string detail, IDictionary<string, object?>? extensions = null)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        if (extensions is not null)
        {
            foreach (var (key, value) in extensions) problem.Extensions[key] = value;
        }
        return new ObjectResult(problem) { StatusCode = status, ContentTypes = { "application/problem+json" } };
    }
}
