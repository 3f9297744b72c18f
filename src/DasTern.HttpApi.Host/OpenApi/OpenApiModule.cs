using DasTern.Modularity;

namespace DasTern.OpenApi;

/// <summary>The API description (served only where <c>OpenApi:Enabled</c> allows): bearer security, the problem model, the OAuth endpoints.</summary>
public sealed class OpenApiModule : DasTernModule
{
    public override void ConfigureServices(ModuleContext context) =>
        context.Services.AddOpenApi(options =>
        {
            var bearer = new BearerSecurityTransformer();
            options.AddDocumentTransformer(bearer);
            options.AddOperationTransformer(bearer);
            options.AddSchemaTransformer<ProblemDetailsSchemaTransformer>();
            options.AddDocumentTransformer<OAuthEndpointsTransformer>();
        });
}
