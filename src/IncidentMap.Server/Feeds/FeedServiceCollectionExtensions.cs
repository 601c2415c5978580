using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IncidentMap.Server.Feeds;

public static class FeedServiceCollectionExtensions
{
    /// <summary>Registers feed polling (the guarded HTTP client, the fetcher, one poll) for the server and the command
    /// line; <paramref name="background"/> adds the poller that polls due feeds on their interval.</summary>
    public static IServiceCollection AddFeeds(this IServiceCollection services, IConfiguration configuration, bool background)
    {
        var options = FeedOptions.From(configuration);
        services.AddSingleton(options);
        services.AddFeedHttpClient(options);
        services.AddSingleton<FeedFetcher>();
        services.AddSingleton<FeedPolling>();
        services.TryAddSingleton(TimeProvider.System);
        if (background)
        {
            services.AddSingleton<FeedPoller>();
            services.AddHostedService(sp => sp.GetRequiredService<FeedPoller>());
        }
        return services;
    }
}
