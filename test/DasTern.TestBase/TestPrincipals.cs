using System.Security.Claims;
using DasTern.Security;

namespace DasTern;

public static class TestPrincipals
{
    public static ClaimsPrincipal User(Guid id, params string[] roles)
    {
        var claims = new List<Claim> { new(DasTernClaimTypes.UserId, id.ToString()), new(DasTernClaimTypes.UserName, $"user-{id:N}") };
        claims.AddRange(roles.Select(role => new Claim(DasTernClaimTypes.Role, role)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "Test", DasTernClaimTypes.UserName, DasTernClaimTypes.Role));
    }

    public static ClaimsPrincipal Anonymous { get; } = new(new ClaimsIdentity());
}
