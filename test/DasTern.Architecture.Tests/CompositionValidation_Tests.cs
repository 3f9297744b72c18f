using DasTern.Uow;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DasTern;

/// <summary>
/// The host's container checks every registration when it is built: a missing dependency fails the
/// start, not the first request that needs it. Building connects to nothing, so no database is needed.
/// </summary>
public class CompositionValidation_Tests
{
    private static WebApplicationBuilder HostBuilder()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Default"] = "Host=127.0.0.1;Port=1;Database=never-opened",
            ["Redis:Configuration"] = string.Empty,
            ["Admin:Email"] = "admin@dastern.test",
            ["Admin:Password"] = "salt fields of kampot at dawn 88",
            ["AuthServer:Issuer"] = "http://localhost/",
        });
        return builder.AddDasTernHost();
    }

    [Fact]
    public void Should_Build_The_Host_Composition_With_Every_Registration_Validated()
    {
        using var app = HostBuilder().Build();

        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().ShouldNotBeNull();
    }

    [Fact]
    public void Should_Refuse_To_Build_When_A_Registration_Is_Missing()
    {
        var builder = HostBuilder();
        builder.Services.RemoveAll<IUnitOfWorkManager>();

        var exception = Should.Throw<AggregateException>(() => builder.Build());

        exception.InnerExceptions.ShouldContain(inner => inner.Message.Contains(nameof(IUnitOfWorkManager), StringComparison.Ordinal));
    }
}
