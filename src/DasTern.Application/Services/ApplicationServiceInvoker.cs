using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.ExceptionServices;
using DasTern.Modularity;
using Microsoft.Extensions.DependencyInjection;

namespace DasTern.Services;

public sealed class ApplicationServiceInvoker(IServiceProvider services, InvocationPolicy policy, IEnumerable<ApplicationServiceRegistration> registrations)
    : IApplicationServiceInvoker, IScopedDependency
{
    private static readonly ConcurrentDictionary<(Type Implementation, MethodInfo Method), MethodInfo> Implementations = new();

    public async Task<TResult> InvokeAsync<TService, TResult>(Expression<Func<TService, Task<TResult>>> call)
        where TService : IApplicationService =>
        (TResult)(await InvokeAsync(typeof(TService), call.Body, async task => await (Task<TResult>)task))!;

    public Task InvokeAsync<TService>(Expression<Func<TService, Task>> call)
        where TService : IApplicationService =>
        InvokeAsync(typeof(TService), call.Body, async task =>
        {
            await task;
            return null;
        });

    private async Task<object?> InvokeAsync(Type contract, Expression body, Func<Task, Task<object?>> awaitResult)
    {
        if (body is not MethodCallExpression { Object: ParameterExpression } call)
        {
            throw new ArgumentException("Pass a call of one of the service's methods, such as service => service.GetAsync(id).", nameof(body));
        }

        var implementation = registrations.SingleOrDefault(registration => registration.Contract == contract)?.Implementation
            ?? throw new InvalidOperationException($"No application service implements {contract.Name}.");
        var target = services.GetRequiredService(implementation);
        var method = Implementations.GetOrAdd((implementation, call.Method), static key => ImplementationOf(key.Implementation, key.Method));
        var arguments = call.Arguments.Select(argument => Expression.Lambda(argument).Compile().DynamicInvoke()).ToArray();
        return await policy.InvokeAsync(method, arguments, () => awaitResult(Call(method, target, arguments)));
    }

    private static Task Call(MethodInfo method, object target, object?[] arguments)
    {
        try
        {
            return (Task)method.Invoke(target, arguments)!;
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(exception.InnerException).Throw();
            throw;
        }
    }

    private static MethodInfo ImplementationOf(Type implementation, MethodInfo contractMethod)
    {
        var map = implementation.GetInterfaceMap(contractMethod.DeclaringType!);
        return map.TargetMethods[Array.IndexOf(map.InterfaceMethods, contractMethod)];
    }
}
