using System.Security.Claims;

namespace DasTern.Security;

/// <summary>In the host the current principal is the HTTP user, unless code explicitly runs as someone else.</summary>
public sealed class HttpContextCurrentPrincipalAccessor(IHttpContextAccessor httpContextAccessor) : CurrentPrincipalAccessor
{
    protected override ClaimsPrincipal? DefaultPrincipal => httpContextAccessor.HttpContext?.User;
}
