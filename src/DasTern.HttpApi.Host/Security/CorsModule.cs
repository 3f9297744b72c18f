using DasTern.Modularity;
using DasTern.Tracing;

namespace DasTern.Security;

/// <summary>Browser origins allowed to call the API (<c>Cors:AllowedOrigins</c>), which may read the correlation id and <c>Retry-After</c>.</summary>
public sealed class CorsModule : DasTernModule
{
    public const string PolicyName = "DasTern";

    public override void ConfigureServices(ModuleContext context)
    {
        var origins = context.Configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
        context.Services.AddCors(cors => cors.AddPolicy(PolicyName, policy => policy
            .WithOrigins(origins)
            .AllowAnyHeader()
            .AllowAnyMethod()
            .WithExposedHeaders(CorrelationIdMiddleware.HeaderName, "Retry-After")));
    }
}
