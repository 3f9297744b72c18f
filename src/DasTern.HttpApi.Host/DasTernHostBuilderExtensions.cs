using DasTern.Modularity;

namespace DasTern;

/// <summary>The composition root of the API host: configuration sources, logging, and the host module with every layer below it.</summary>
public static class DasTernHostBuilderExtensions
{
    public static WebApplicationBuilder AddDasTernHost(this WebApplicationBuilder builder)
    {
        builder.Configuration.AddEnvironmentVariables("DASTERN_");
        builder.Logging.AddJsonConsole(options => options.IncludeScopes = true);
        builder.Services.AddDasTernModule<DasTernHttpApiHostModule>(builder.Configuration, builder.Environment.EnvironmentName, builder.Environment.ContentRootPath);

        // In every environment, not just Development: a missing or captive registration fails the start, not a request.
        builder.Host.UseDefaultServiceProvider(options =>
        {
            options.ValidateOnBuild = true;
            options.ValidateScopes = true;
        });
        return builder;
    }
}
