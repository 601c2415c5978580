using System.Net;
using IncidentMap.Server.Errors;
using IncidentMap.Server.Protection;
using IncidentMap.Server.Seeding;
using Microsoft.AspNetCore.Mvc.Filters;

namespace IncidentMap.Server.Articles;

/// <summary>
/// The one check every write passes (<see cref="WriteAccessConvention"/> puts it on every POST, PUT, PATCH and DELETE
/// action). A write sent by a page on another site is refused. With <c>INCIDENTMAP_API_KEY</c> set, a request needs
/// <c>Authorization: Bearer &lt;key&gt;</c>; without it, only a client on a loopback address, naming a loopback host,
/// may write. Writes answer 503 while the store is not ready.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class WriteAccessAttribute : Attribute, IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var http = context.HttpContext;
        // Run once even where the attribute is on the action and the convention adds it again.
        if (!http.Items.TryAdd(typeof(WriteAccessAttribute), true))
        {
            await next();
            return;
        }
        if (CrossSiteRequest.IsCrossSite(http.Request))
        {
            context.Result = Problems.Result(StatusCodes.Status403Forbidden, "Forbidden",
                "Writes from a page on another site are refused; post from the map page or from a tool (curl, the command line).");
            return;
        }
        var key = http.RequestServices.GetRequiredService<IConfiguration>()["INCIDENTMAP_API_KEY"];
        if (!string.IsNullOrEmpty(key))
        {
            if (!ApiKey.Matches(http.Request.Headers.Authorization.ToString(), key))
            {
                http.Response.Headers.WWWAuthenticate = "Bearer";
                context.Result = Problems.Result(StatusCodes.Status401Unauthorized, "Unauthorized",
                    "Writes need the header 'Authorization: Bearer <INCIDENTMAP_API_KEY>'.");
                return;
            }
        }
        else if (!IsLoopback(http.Connection) || !CrossSiteRequest.NamesLoopback(http.Request.Host))
        {
            context.Result = Problems.Result(StatusCodes.Status403Forbidden, "Forbidden",
                "No API key is configured, so writes are accepted from loopback only (a client on this machine, addressing it as localhost or 127.0.0.1); set INCIDENTMAP_API_KEY on the server.");
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

    // A request without a remote address (an in-process host, a Unix socket) is not known to be local.
    private static bool IsLoopback(ConnectionInfo connection) =>
        connection.RemoteIpAddress is { } remote && IPAddress.IsLoopback(remote);
}
