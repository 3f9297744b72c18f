using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.ExceptionServices;
using DasTern.Authorization;
using DasTern.Uow;
using DasTern.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace DasTern.Services;

/// <summary>
/// Wraps an application service resolved through its interface (jobs, hubs, other services,
/// tests) so an in-process call gets what an HTTP call gets from the MVC filters: authorization,
/// validation and one unit of work.
/// </summary>
public class ApplicationServiceProxy : DispatchProxy
{
    private static readonly ConcurrentDictionary<(Type Target, MethodInfo Method), MethodInfo> ImplementationMethods = new();
    private static readonly ConcurrentDictionary<Type, MethodInfo> ResultInvokers = new();
    private static readonly MethodInfo InvokeWithResultDefinition =
        typeof(ApplicationServiceProxy).GetMethod(nameof(InvokeWithResultAsync), BindingFlags.NonPublic | BindingFlags.Instance)!;

    private object _target = null!;
    private IServiceProvider _services = null!;

    public static TInterface Create<TInterface>(object target, IServiceProvider services)
        where TInterface : class =>
        (TInterface)Create(typeof(TInterface), target, services);

    public static object Create(Type interfaceType, object target, IServiceProvider services)
    {
        var proxy = (ApplicationServiceProxy)Create(interfaceType, typeof(ApplicationServiceProxy));
        proxy._target = target;
        proxy._services = services;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        var arguments = args ?? [];
        var implementation = ImplementationMethods.GetOrAdd((_target.GetType(), targetMethod), static key => FindImplementation(key.Target, key.Method));

        if (targetMethod.ReturnType == typeof(Task))
        {
            return InvokeAsync(implementation, arguments);
        }

        if (targetMethod.ReturnType.IsGenericType && targetMethod.ReturnType.GetGenericTypeDefinition() == typeof(Task<>))
        {
            var invoker = ResultInvokers.GetOrAdd(targetMethod.ReturnType.GetGenericArguments()[0], static type => InvokeWithResultDefinition.MakeGenericMethod(type));
            return invoker.Invoke(this, [implementation, arguments]);
        }

        throw new InvalidOperationException($"Application service method {targetMethod.Name} must return Task or Task<T>.");
    }

    private Task InvokeAsync(MethodInfo method, object?[] arguments) =>
        RunAsync<object?>(method, arguments, static async task =>
        {
            await task;
            return null;
        });

    private Task<T> InvokeWithResultAsync<T>(MethodInfo method, object?[] arguments) =>
        RunAsync(method, arguments, static task => (Task<T>)task);

    private async Task<T> RunAsync<T>(MethodInfo method, object?[] arguments, Func<Task, Task<T>> awaitResult)
    {
        await _services.GetRequiredService<MethodAuthorizer>().AuthorizeAsync(method);
        MethodArgumentValidator.Validate(method, arguments);

        var unitOfWorkManager = _services.GetRequiredService<IUnitOfWorkManager>();
        await using var unitOfWork = await unitOfWorkManager.BeginAsync(isTransactional: !IsReadOnly(method));
        var result = await awaitResult(Call(method, arguments));
        await unitOfWork.CompleteAsync();
        return result;
    }

    private Task Call(MethodInfo method, object?[] arguments)
    {
        try
        {
            return (Task)method.Invoke(_target, arguments)!;
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(exception.InnerException).Throw();
            throw;
        }
    }

    /// <summary>Reads (ABP's GET verbs) run without a transaction.</summary>
    public static bool IsReadOnly(MethodInfo method) => method.Name.StartsWith("Get", StringComparison.OrdinalIgnoreCase);

    private static MethodInfo FindImplementation(Type targetType, MethodInfo interfaceMethod)
    {
        var map = targetType.GetInterfaceMap(interfaceMethod.DeclaringType!);
        var index = Array.IndexOf(map.InterfaceMethods, interfaceMethod);
        return map.TargetMethods[index];
    }
}
