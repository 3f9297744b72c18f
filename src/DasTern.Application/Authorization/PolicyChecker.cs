using DasTern.ExceptionHandling;
using DasTern.Modularity;
using DasTern.Security;
using Microsoft.AspNetCore.Authorization;

namespace DasTern.Authorization;

public sealed class PolicyChecker(IAuthorizationService authorizationService, ICurrentPrincipalAccessor principalAccessor) : IPolicyChecker, IScopedDependency
{
    public async Task<bool> IsGrantedAsync(string policyName) =>
        (await authorizationService.AuthorizeAsync(principalAccessor.Principal, policyName)).Succeeded;

    public async Task CheckAsync(string policyName)
    {
        if (!await IsGrantedAsync(policyName))
        {
            throw new AuthorizationFailedException(policyName);
        }
    }
}
