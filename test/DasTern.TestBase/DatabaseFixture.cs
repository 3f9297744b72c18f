using System.Linq.Expressions;
using DasTern.Security;
using DasTern.Services;
using DasTern.Uow;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace DasTern;

/// <summary>
/// One migrated and seeded database with the real container for a test collection. Tests make
/// their own data (unique names) and never rely on each other's.
/// </summary>
public class DatabaseFixture : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;

    public ServiceProvider Services { get; private set; } = null!;

    public IReadOnlyDictionary<string, string?> Settings { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateSeededAsync();
        Settings = TestSettings.For(Database);
        Services = DasTernTestServices.Build(Settings, ConfigureServices);
    }

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        await Database.DisposeAsync();
    }

    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>Runs <paramref name="action"/> in a new DI scope as <paramref name="principal"/>.</summary>
    public async Task<T> RunAsAsync<T>(System.Security.Claims.ClaimsPrincipal principal, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentPrincipalAccessor>().Change(principal);
        return await action(scope.ServiceProvider);
    }

    public Task RunAsAsync(System.Security.Claims.ClaimsPrincipal principal, Func<IServiceProvider, Task> action) =>
        RunAsAsync<bool>(principal, async provider =>
        {
            await action(provider);
            return true;
        });

    /// <summary>Calls an application service as <paramref name="principal"/> through the invocation policy, as every caller does.</summary>
    public Task<T> CallAsync<TService, T>(System.Security.Claims.ClaimsPrincipal principal, Expression<Func<TService, Task<T>>> call)
        where TService : IApplicationService =>
        RunAsAsync(principal, provider => provider.GetRequiredService<IApplicationServiceInvoker>().InvokeAsync(call));

    public Task CallAsync<TService>(System.Security.Claims.ClaimsPrincipal principal, Expression<Func<TService, Task>> call)
        where TService : IApplicationService =>
        RunAsAsync(principal, provider => provider.GetRequiredService<IApplicationServiceInvoker>().InvokeAsync(call));

    /// <summary>Runs <paramref name="action"/> in its own scope and committed unit of work.</summary>
    public async Task<T> WithUnitOfWorkAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync(isTransactional: true);
        var result = await action(scope.ServiceProvider);
        await unitOfWork.CompleteAsync();
        return result;
    }
}
