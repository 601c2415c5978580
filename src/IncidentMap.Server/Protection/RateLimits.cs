using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace IncidentMap.Server.Protection;

/// <summary>
/// Per-client rate limits for a public deployment: writes (<c>INCIDENTMAP_RATE_LIMIT_WRITES</c>, default 60 a
/// minute) and the reads that cost the store work (<c>INCIDENTMAP_RATE_LIMIT_READS</c>, default 600 a minute: layers,
/// incidents and near-border, basemap, OGC items), each a token bucket per client address that allows a burst of a
/// tenth of a minute's worth. 0 turns a limit off. Clients on this machine (loopback) are not limited, nor are writes
/// that carry the API key. Over the limit: 429 problem+json with <c>Retry-After</c>.
/// </summary>
public static class RateLimits
{
    public const string WritesVariable = "INCIDENTMAP_RATE_LIMIT_WRITES";
    public const string ReadsVariable = "INCIDENTMAP_RATE_LIMIT_READS";

    private static readonly string[] _expensiveReads = ["/api/layers", "/api/incidents", "/api/basemap"];

    public static IServiceCollection AddRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var writes = PerMinute(configuration, WritesVariable, 60);
        var reads = PerMinute(configuration, ReadsVariable, 600);
        var key = configuration["INCIDENTMAP_API_KEY"];
        return services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = RejectAsync;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            {
                var permits = Kind(http.Request) switch
                {
                    "writes" when !ApiKey.Matches(http.Request.Headers.Authorization.ToString(), key) => writes,
                    "reads" => reads,
                    _ => 0,
                };
                if (permits == 0 || http.Connection.RemoteIpAddress is { } remote && IPAddress.IsLoopback(remote))
                    return RateLimitPartition.GetNoLimiter("");
                return RateLimitPartition.GetTokenBucketLimiter($"{Kind(http.Request)} {http.Connection.RemoteIpAddress}", _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = Math.Max(1, permits / 10),
                    TokensPerPeriod = Math.Max(1, permits / 60),
                    ReplenishmentPeriod = TimeSpan.FromSeconds(permits >= 60 ? 1 : 60.0 / permits),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
        });
    }

    private static string? Kind(HttpRequest request)
    {
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))) return "writes";
        var path = request.Path.Value ?? "";
        if (_expensiveReads.Any(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase))
            || path.StartsWith("/ogc/collections/", StringComparison.OrdinalIgnoreCase) && path.Contains("/items", StringComparison.OrdinalIgnoreCase))
            return "reads";
        return null;
    }

    private static int PerMinute(IConfiguration configuration, string name, int defaultValue) =>
        int.TryParse(configuration[name], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : defaultValue;

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 1;
        http.Response.Headers.RetryAfter = wait.ToString(CultureInfo.InvariantCulture);
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = $"This client has sent more requests than the server allows a minute; try again in {wait} s.",
            },
        });
    }
}
