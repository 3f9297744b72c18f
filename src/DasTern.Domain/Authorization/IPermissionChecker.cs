using System.Security.Claims;

namespace DasTern.Authorization;

public interface IPermissionChecker
{
    Task<bool> IsGrantedAsync(ClaimsPrincipal principal, string name, CancellationToken cancellationToken = default);

    /// <summary>Every defined permission the principal holds through its user, roles or client.</summary>
    Task<IReadOnlySet<string>> GetGrantedAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default);
}
