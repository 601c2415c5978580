namespace IncidentMap.Server.Streaming;

public static class StreamServiceCollectionExtensions
{
    /// <summary>Registers the live event stream: the hub that reads the change log and fans it out.</summary>
    public static IServiceCollection AddEventStream(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(StreamOptions.From(configuration));
        services.AddSingleton<EventHub>();
        services.AddHostedService(sp => sp.GetRequiredService<EventHub>());
        return services;
    }
}
