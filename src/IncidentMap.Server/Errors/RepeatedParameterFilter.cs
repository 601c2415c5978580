using Microsoft.AspNetCore.Mvc.Filters;

namespace IncidentMap.Server.Errors;

/// <summary>A query parameter given twice (<c>?limit=1&amp;limit=2</c>) is a 400 naming it, not a silent pick.</summary>
public sealed class RepeatedParameterFilter : IActionFilter
{
    public void OnActionExecuting(ActionExecutingContext context)
    {
        foreach (var (name, values) in context.HttpContext.Request.Query)
        {
            if (values.Count > 1)
            {
                context.Result = Problems.Result(StatusCodes.Status400BadRequest, $"Invalid parameter '{name}'",
                    $"'{name}' is given {values.Count} times; give it once.", new Dictionary<string, object?> { ["parameter"] = name });
                return;
            }
        }
    }

    public void OnActionExecuted(ActionExecutedContext context)
    {
        // Nothing to do after the action.
    }
}
