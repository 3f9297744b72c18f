using DasTern.Authorization.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace DasTern.Authorization;

/// <summary>
/// Every defined permission is a policy: registered policies win, otherwise a policy that needs
/// an authenticated caller holding that permission is built (and cached by the framework).
/// </summary>
public sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options, IPermissionDefinitionManager definitions)
    : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        var policy = await base.GetPolicyAsync(policyName);
        if (policy is not null || definitions.Find(policyName) is null)
        {
            return policy;
        }

        return new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .AddRequirements(new PermissionRequirement(policyName))
            .Build();
    }
}
