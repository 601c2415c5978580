using System.Net;
using System.Security.Cryptography;
using System.Text;
using IncidentMap.Server.Errors;
using IncidentMap.Server.Seeding;
using Microsoft.AspNetCore.Mvc.Filters;

namespace IncidentMap.Server.Articles;

/// <summary>
/// Guards writes: with <c>INCIDENTMAP_API_KEY</c> set, a request needs <c>Authorization: Bearer &lt;key&gt;</c>;
/// without it, only loopback may write. Writes answer 503 while the store is not ready.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class WriteAccessAttribute : Attribute, IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var http = context.HttpContext;
        var key = http.RequestServices.GetRequiredService<IConfiguration>()["INCIDENTMAP_API_KEY"];
        if (!string.IsNullOrEmpty(key))
        {
            if (!HasKey(http.Request.Headers.Authorization.ToString(), key))
            {
                http.Response.Headers.WWWAuthenticate = "Bearer";
                context.Result = Problems.Result(StatusCodes.Status401Unauthorized, "Unauthorized",
                    "Writes need the header 'Authorization: Bearer <INCIDENTMAP_API_KEY>'.");
                return;
            }
        }
        else if (!IsLocal(http.Connection))
        {
            context.Result = Problems.Result(StatusCodes.Status403Forbidden, "Forbidden",
                "No API key is configured, so writes are accepted from loopback only; set INCIDENTMAP_API_KEY on the server.");
            return;
        }
        if (!await http.RequestServices.GetRequiredService<ServerReadiness>().IsReadyAsync(http.RequestAborted))
        {
            http.Response.Headers.RetryAfter = "5";
            context.Result = Problems.Result(StatusCodes.Status503ServiceUnavailable, "Not ready",
                "The database is unreachable; nothing was written. Try again shortly.");
            return;
        }
        await next();
    }

    private static bool HasKey(string authorization, string key)
    {
        const string scheme = "Bearer ";
        if (!authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) return false;
        var given = Encoding.UTF8.GetBytes(authorization[scheme.Length..].Trim());
        return CryptographicOperations.FixedTimeEquals(given, Encoding.UTF8.GetBytes(key));
    }

    // No remote address means an in-process host (the test server), which is as local as loopback.
    private static bool IsLocal(ConnectionInfo connection) =>
        connection.RemoteIpAddress is not { } remote || IPAddress.IsLoopback(remote);
}
