using DasTern.ExceptionHandling;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace DasTern.OpenApi;

/// <summary>
/// Describes the error answer as <see cref="ProblemDetailsWriter"/> and <see cref="ProblemDetailsCustomizer"/>
/// write it: a stable <c>code</c>, validation <c>errors</c>, the message's <c>data</c> and the
/// <c>traceId</c> on top of RFC 9457's members; <c>detail</c> is never sent, so it is not described.
/// </summary>
public sealed class ProblemDetailsSchemaTransformer : IOpenApiSchemaTransformer
{
    public const string SchemaName = nameof(ProblemDetails);

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.Type != typeof(ProblemDetails))
        {
            return Task.CompletedTask;
        }

        schema.Properties ??= new Dictionary<string, IOpenApiSchema>();
        schema.Properties.Remove("detail");
        schema.Properties["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "The HTTP status code." };
        schema.Properties["title"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The message, in the caller's language (`Accept-Language`)." };
        schema.Properties["instance"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The request path." };
        schema.Properties[ProblemDetailsCustomizer.CodeKey] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = "Stable error code (e.g. `DasTern:ValidationFailed`); clients branch on it, never on the title.",
        };
        schema.Properties["errors"] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "On validation failures: the messages for each member (camelCase; `body` when the body is unreadable).",
            AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
        };
        schema.Properties[ProblemDetailsWriter.DataKey] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "The values the message names (for example the duplicate name).",
        };
        schema.Properties[ProblemDetailsCustomizer.TraceIdKey] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = "Identifies the request in the server's logs.",
        };
        schema.Required = new HashSet<string> { "status", "title", "instance", ProblemDetailsCustomizer.CodeKey, ProblemDetailsCustomizer.TraceIdKey };
        return Task.CompletedTask;
    }
}
