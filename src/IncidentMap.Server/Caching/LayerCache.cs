using Microsoft.AspNetCore.OutputCaching;

namespace IncidentMap.Server.Caching;

/// <summary>
/// Read responses built from the store (layers, near-border, OGC items) are kept in memory per URL and dropped on
/// every write through this server, so repeated map and GIS requests are served without rebuilding the collection.
/// Writes made past this server (the ingest command) show within <c>INCIDENTMAP_CACHE_SECONDS</c> (default 60; 0 turns
/// the cache off).
/// </summary>
public static class LayerCache
{
    public const string Policy = "layers";
    public const string Tag = "store-reads";

    public static IServiceCollection AddLayerCache(this IServiceCollection services, IConfiguration configuration)
    {
        var seconds = int.TryParse(configuration["INCIDENTMAP_CACHE_SECONDS"], out var s) && s >= 0 ? s : 60;
        services.AddOutputCache(o =>
        {
            o.SizeLimit = 256L * 1024 * 1024;
            o.AddPolicy(Policy, b =>
            {
                if (seconds == 0) b.NoCache();
                // OGC links carry the host the client used, so the host is part of the key. No request coalescing:
                // the shared work would run on the first client's request and die with it when that client goes
                // away, failing every other client waiting on the same URL.
                // Downloads are not kept: a whole filtered set would be buffered in memory to be stored.
                else b.Expire(TimeSpan.FromSeconds(seconds)).SetVaryByQuery("*").SetVaryByHost(true).SetLocking(false).Tag(Tag)
                    .With(c => !IsDownload(c.HttpContext.Request));
            });
        });
        return services;
    }

    /// <summary>A file rather than a page: <c>download=</c>, another format than GeoJSON, or a <c>.geojson</c> path.</summary>
    public static bool IsDownload(HttpRequest request) =>
        request.Query.ContainsKey("download")
        || (request.Query.TryGetValue("f", out var f) && !string.Equals(f, "json", StringComparison.OrdinalIgnoreCase) && !string.Equals(f, "geojson", StringComparison.OrdinalIgnoreCase))
        || request.Path.Value?.EndsWith(".geojson", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>Drops every cached read; called after a write has committed.</summary>
    public static ValueTask EvictAsync(HttpContext context, CancellationToken cancellationToken) =>
        context.RequestServices.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(Tag, cancellationToken);
}
