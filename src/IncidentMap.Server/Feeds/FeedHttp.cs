using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace IncidentMap.Server.Feeds;

/// <summary>
/// The one HTTP client feeds and article pages are fetched with: every connection through <see cref="AddressGuard"/>
/// (redirects included, no proxy), gzip, deflate and Brotli, at most five redirects, and retries of transient
/// failures. A server that asks to wait (Retry-After) is not retried: the feed's next poll honours it.
/// </summary>
public static class FeedHttp
{
    public const string ClientName = "feeds";
    public const int MaxRedirects = 5;

    public static IServiceCollection AddFeedHttpClient(this IServiceCollection services, FeedOptions options)
    {
        Func<IPAddress, string?> refuse = options.AddressPolicy ?? (options.AllowPrivateAddresses ? _ => null : AddressGuard.NonPublicReason);
        services.AddHttpClient(ClientName, client =>
            {
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.UserAgent.ParseAdd("IncidentMap/1.0 (news feed reader)");
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                ConnectCallback = (context, ct) => AddressGuard.ConnectAsync(context.DnsEndPoint, refuse, ct),
                UseProxy = false,
                AllowAutoRedirect = true,
                MaxAutomaticRedirections = MaxRedirects,
                AutomaticDecompression = DecompressionMethods.All,
                ConnectTimeout = TimeSpan.FromSeconds(10),
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                MaxConnectionsPerServer = 8,
            })
            .AddResilienceHandler("feed-retries", pipeline =>
            {
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = 2,
                    Delay = TimeSpan.FromMilliseconds(500),
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    ShouldRetryAfterHeader = false,
                    ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
                });
                // Each attempt's headers must come within this; the fetcher bounds headers and body together.
                pipeline.AddTimeout(TimeSpan.FromSeconds(Math.Max(1, options.Timeout.TotalSeconds / 2)));
            });
        return services;
    }

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: AddressRefusedException } => false,
        { Exception: HttpRequestException e } => e.InnerException is not AddressRefusedException,
        { Exception: Polly.Timeout.TimeoutRejectedException } => true,
        { Result: { } response } => response.Headers.RetryAfter is null
            && (response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.BadGateway
                or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout or HttpStatusCode.InternalServerError),
        _ => false,
    };
}
