using IncidentMap.Server.Errors;
using Microsoft.AspNetCore.Mvc.Filters;

namespace IncidentMap.Server.Seeding;

/// <summary>Answers 503 to every store-backed request until the store is initialized (it may still be waiting
/// for PostGIS at start), instead of letting a query hit an unmigrated database.</summary>
public sealed class StoreReadyFilter(ServerReadiness readiness) : IAsyncActionFilter
{
    public Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        if (readiness.IsInitialized) return next();
        context.HttpContext.Response.Headers.RetryAfter = "5";
        context.Result = Problems.Result(StatusCodes.Status503ServiceUnavailable, "Not ready",
            "The store is starting or its database is unreachable; try again shortly.");
        return Task.CompletedTask;
    }
}
