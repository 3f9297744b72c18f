using DasTern.Modularity;
using DasTern.Security;

namespace DasTern.Users;

public sealed class CurrentUser(ICurrentPrincipalAccessor principalAccessor) : ICurrentUser, ITransientDependency
{
    public bool IsAuthenticated => principalAccessor.Principal.Identity?.IsAuthenticated == true;

    public Guid? Id => Guid.TryParse(principalAccessor.Principal.FindFirst(DasTernClaimTypes.UserId)?.Value, out var id) ? id : null;

    public string? UserName => principalAccessor.Principal.FindFirst(DasTernClaimTypes.UserName)?.Value;

    public string? ClientId => principalAccessor.Principal.FindFirst(DasTernClaimTypes.ClientId)?.Value;

    public IReadOnlyList<string> Roles =>
        principalAccessor.Principal.FindAll(DasTernClaimTypes.Role).Select(claim => claim.Value).ToList();

    public bool IsInRole(string role) => principalAccessor.Principal.HasClaim(DasTernClaimTypes.Role, role);
}
