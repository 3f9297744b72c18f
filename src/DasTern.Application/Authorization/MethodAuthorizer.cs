using System.Reflection;
using DasTern.ExceptionHandling;
using DasTern.Modularity;
using DasTern.Security;
using Microsoft.AspNetCore.Authorization;

namespace DasTern.Authorization;

/// <summary>
/// Applies an application service's <c>[Authorize]</c>/<c>[AllowAnonymous]</c> attributes to an
/// in-process call, with the same default as HTTP: no attribute means "signed in".
/// </summary>
public sealed class MethodAuthorizer(
    IAuthorizationService authorizationService,
    IAuthorizationPolicyProvider policyProvider,
    ICurrentPrincipalAccessor principalAccessor) : IScopedDependency
{
    public async Task AuthorizeAsync(MethodInfo method)
    {
        var declaringType = method.DeclaringType!;
        if (method.IsDefined(typeof(AllowAnonymousAttribute), true) || declaringType.IsDefined(typeof(AllowAnonymousAttribute), true))
        {
            return;
        }

        var authorizeData = declaringType.GetCustomAttributes<AuthorizeAttribute>(true)
            .Concat(method.GetCustomAttributes<AuthorizeAttribute>(true))
            .ToList();
        var policy = await AuthorizationPolicy.CombineAsync(policyProvider, authorizeData)
            ?? new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();

        var result = await authorizationService.AuthorizeAsync(principalAccessor.Principal, policy);
        if (!result.Succeeded)
        {
            throw new AuthorizationFailedException(authorizeData.FirstOrDefault(data => data.Policy is not null)?.Policy);
        }
    }
}
