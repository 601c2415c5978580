using IncidentMap.Server.Errors;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Mvc;

namespace IncidentMap.Server.Protection;

/// <summary>
/// No request runs longer than <c>INCIDENTMAP_REQUEST_TIMEOUT_SECONDS</c> (default 30; 0 turns it off): its work is
/// cancelled and the client gets a 503 problem with <c>Retry-After</c>. An endpoint that streams for longer (server-sent
/// events) opts out with <c>[DisableRequestTimeout]</c>.
/// </summary>
public static class RequestTimeouts
{
    public const string Variable = "INCIDENTMAP_REQUEST_TIMEOUT_SECONDS";

    public static IServiceCollection AddRequestTimeouts(this IServiceCollection services, IConfiguration configuration)
    {
        var seconds = int.TryParse(configuration[Variable], out var s) && s >= 0 ? s : 30;
        return services.AddRequestTimeouts(o =>
        {
            if (seconds == 0) return;
            o.DefaultPolicy = new RequestTimeoutPolicy
            {
                Timeout = TimeSpan.FromSeconds(seconds),
                TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
                WriteTimeoutResponse = async context =>
                {
                    context.Response.Headers.RetryAfter = ProblemExceptionHandler.RetryAfterSeconds;
                    await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                    {
                        HttpContext = context,
                        ProblemDetails = new ProblemDetails
                        {
                            Status = StatusCodes.Status503ServiceUnavailable,
                            Title = "Request timed out",
                            Detail = $"The request took longer than {seconds} s and was stopped; narrow it (bbox, limit, km) or try again shortly.",
                        },
                    });
                },
            };
        });
    }
}
