using System.Reflection;

namespace DasTern.ClientProxies;

/// <summary>Implements any application-service contract by sending each call to its conventional route.</summary>
public class ApplicationServiceProxy : DispatchProxy
{
    private static readonly MethodInfo InvokeWithResult = typeof(RemoteServiceInvoker).GetMethods()
        .Single(method => method.Name == nameof(RemoteServiceInvoker.InvokeAsync) && method.IsGenericMethodDefinition);

    private RemoteServiceInvoker _invoker = null!;

    public static object Create(Type contract, RemoteServiceInvoker invoker)
    {
        var proxy = Create(contract, typeof(ApplicationServiceProxy));
        ((ApplicationServiceProxy)proxy)._invoker = invoker;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        if (!ClientProxyRoutes.Routes.TryGetValue(targetMethod, out var route))
        {
            throw new InvalidOperationException($"{targetMethod.DeclaringType?.Name}.{targetMethod.Name} is not exposed over HTTP.");
        }

        var returnType = targetMethod.ReturnType;
        if (returnType == typeof(Task))
        {
            return _invoker.InvokeAsync(route, args ?? []);
        }

        if (returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(Task<>))
        {
            return InvokeWithResult.MakeGenericMethod(returnType.GetGenericArguments()[0]).Invoke(_invoker, [route, args ?? []]);
        }

        throw new InvalidOperationException($"{targetMethod.DeclaringType?.Name}.{targetMethod.Name} must return Task or Task<T> to be called over HTTP.");
    }
}
