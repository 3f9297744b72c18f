using System.Linq.Expressions;

namespace DasTern.Services;

/// <summary>
/// The in-process entry point to application services (tests, jobs, anything that is not HTTP):
/// <c>invoker.InvokeAsync&lt;IMedicineAppService, MedicineDto&gt;(service => service.GetAsync(id))</c>
/// runs the call through the same <see cref="InvocationPolicy"/> as an HTTP request. Application
/// services are not registered by their interfaces, so nothing can call one around the policy.
/// </summary>
public interface IApplicationServiceInvoker
{
    Task<TResult> InvokeAsync<TService, TResult>(Expression<Func<TService, Task<TResult>>> call)
        where TService : IApplicationService;

    Task InvokeAsync<TService>(Expression<Func<TService, Task>> call)
        where TService : IApplicationService;
}
