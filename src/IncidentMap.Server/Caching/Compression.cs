using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace IncidentMap.Server.Caching;

/// <summary>
/// Responses are compressed with Brotli or gzip, whichever the client accepts, GeoJSON and problem+json included:
/// a layer's coordinates shrink to a fraction over the wire. The fastest level, because the cached bodies are
/// compressed on every request. Responses hold no secret next to text a client chose, so HTTPS is compressed too.
/// </summary>
public static class Compression
{
    public static IServiceCollection AddJsonCompression(this IServiceCollection services) =>
        services
            .AddResponseCompression(o =>
            {
                o.EnableForHttps = true;
                o.Providers.Add<BrotliCompressionProvider>();
                o.Providers.Add<GzipCompressionProvider>();
                o.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "application/geo+json", "application/problem+json", "image/svg+xml"];
            })
            .Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest)
            .Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
}
