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
    /// Hangfire keeps its log provider in a process-wide static that the newest host replaces. A job
    /// client built lazily after a newer test host was disposed would log through that disposed host,
    /// so each host builds its own at once, while the static is still its own.
    /// </remarks>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        host.Services.GetRequiredService<IBackgroundJobClient>();
        return host;
    }
}
