using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace IncidentMap.Server.Articles;

/// <summary>
/// Completes the OpenAPI document for writes, so <c>/docs</c> can send one: the bearer key as a security scheme on
/// every write operation, and the article body of <c>POST /api/articles</c> as JSON (<see cref="ArticleRequest"/>) or
/// plain text (the action reads its body itself, so nothing describes it otherwise).
/// </summary>
public sealed class WriteOperationsOpenApi : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    private const string _scheme = "bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[_scheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "INCIDENTMAP_API_KEY, for writes. Without a key configured, writes are accepted from loopback only.",
        };
        foreach (var operation in document.Paths.Values.SelectMany(p => p.Operations ?? []))
        {
            if (operation.Key == HttpMethod.Get || operation.Key == HttpMethod.Head || operation.Key == HttpMethod.Options) continue;
            operation.Value.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(_scheme, document)] = [] }];
        }
        return Task.CompletedTask;
    }

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if ((context.Description.ActionDescriptor.RouteValues.TryGetValue("controller", out var controller) ? controller : null) != "Articles"
            || context.Description.HttpMethod != HttpMethods.Post) return;
        var json = await context.GetOrCreateSchemaAsync(typeof(ArticleRequest), null, cancellationToken);
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "The article: JSON with at least 'text', or the text itself (an optional first line 'date YYYY-MM-DD'; "
                + "title, source and url may then be given in the query). At most 1 MB; 'published' from 1900-01-01 to one day ahead.",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/json"] = new() { Schema = json },
                ["text/plain"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
            },
        };
    }
}
