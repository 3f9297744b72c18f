using Hangfire;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DasTern.Infrastructure;

/// <summary>The real host (Program) in process, configured for one test database.</summary>
/// <param name="configureServices">Runs after the host's own registrations; for test-only services.</param>
public sealed class DasTernHostFactory(IReadOnlyDictionary<string, string?> settings, string environment = "Development", Action<IServiceCollection>? configureServices = null)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        if (configureServices is not null)
        {
            builder.ConfigureTestServices(configureServices);
        }
    }

    /// <remarks>
    /// Building the job client applies Hangfire's global configuration, which sets the process-wide
    /// log provider to this host's logger factory; it is silenced at once, so no Hangfire logger
    /// created later, for any host, ends up on one already disposed.
    /// </remarks>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        host.Services.GetRequiredService<IBackgroundJobClient>();
        GlobalConfiguration.Configuration.UseLogProvider(SilentHangfireLogProvider.Instance);
        return host;
    }
}
