namespace IncidentMap.Server.Protection;

/// <summary>
/// Cross-origin reads: any web page may GET the layers, near-border answers, borders and OGC API (no cookies or
/// credentials are involved). Writes get no CORS answer at all, so a browser never lets another origin send the
/// headers a write needs (<c>Authorization</c>, a JSON content type); what it can send without asking is refused
/// by <see cref="CrossSiteRequest"/>.
/// </summary>
public static class ReadCors
{
    public static IServiceCollection AddReadCors(this IServiceCollection services) =>
        services.AddCors(o => o.AddDefaultPolicy(p => p
            .AllowAnyOrigin()
            .WithMethods(HttpMethods.Get, HttpMethods.Head)
            .AllowAnyHeader()
            .WithExposedHeaders("Content-Disposition", "Retry-After")
            .SetPreflightMaxAge(TimeSpan.FromHours(1))));

    /// <summary>Answers CORS for GET and HEAD and for preflights; other methods pass without CORS headers.</summary>
    public static IApplicationBuilder UseReadCors(this IApplicationBuilder app) =>
        app.UseWhen(c => HttpMethods.IsGet(c.Request.Method) || HttpMethods.IsHead(c.Request.Method) || HttpMethods.IsOptions(c.Request.Method),
            branch => branch.UseCors());
}
