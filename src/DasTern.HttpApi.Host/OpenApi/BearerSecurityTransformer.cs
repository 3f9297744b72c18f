using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace DasTern.OpenApi;

/// <summary>
/// Declares the bearer scheme and marks every operation that is not anonymous as needing it,
/// naming the permission policies it requires in the description.
/// </summary>
public sealed class BearerSecurityTransformer : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    public const string SchemeName = "Bearer";

    /// <summary>Operation extension listing the permissions an operation requires (all of them), for clients and tests.</summary>
    public const string PermissionsExtension = "x-permissions";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "Access token from POST /connect/token.",
        };
        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAllowAnonymous>().Any())
        {
            return Task.CompletedTask;
        }

        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement
        {
            [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [],
        });

        var policies = metadata.OfType<IAuthorizeData>().Select(data => data.Policy).OfType<string>().Distinct().ToList();
        operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
        var permissions = new JsonArray(policies.Select(policy => (JsonNode)JsonValue.Create(policy)!).ToArray());
        operation.Extensions[PermissionsExtension] = new JsonNodeExtension(permissions);
        if (policies.Count > 0)
        {
            var required = "Requires permission(s): " + string.Join(", ", policies) + ".";
            operation.Description = string.IsNullOrEmpty(operation.Description) ? required : operation.Description + "\n\n" + required;
        }

        return Task.CompletedTask;
    }
}
