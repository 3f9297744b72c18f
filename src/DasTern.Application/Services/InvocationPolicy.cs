using System.Reflection;
using DasTern.Authorization;
using DasTern.Modularity;
using DasTern.Uow;
using DasTern.Validation;

namespace DasTern.Services;

/// <summary>
/// What every call of an application service goes through, whatever brought it (HTTP, a job, a
/// test, later a hub): the caller is authorized by the method's attributes, the arguments are
/// validated (nested objects and list items included), and the call runs in one unit of work, in
/// a transaction unless it only reads (<see cref="ServiceMethods.IsReadOnly"/>), committed before
/// the result is handed back.
/// </summary>
public sealed class InvocationPolicy(MethodAuthorizer authorizer, ArgumentValidator validator, IUnitOfWorkManager unitOfWorkManager) : IScopedDependency
{
    /// <param name="authorize">
    /// False only where the same attributes were already enforced for this call: the HTTP endpoint's
    /// authorization middleware reads them from the endpoint's metadata.
    /// </param>
    public async Task<object?> InvokeAsync(MethodInfo method, object?[] arguments, Func<Task<object?>> proceed, bool authorize = true, CancellationToken cancellationToken = default)
    {
        if (authorize)
        {
            await authorizer.AuthorizeAsync(method);
        }

        validator.Validate(method, arguments);
        await using var unitOfWork = await unitOfWorkManager.BeginAsync(!ServiceMethods.IsReadOnly(method), cancellationToken);
        var result = await proceed();
        await unitOfWork.CompleteAsync(cancellationToken);
        return result;
    }
}
