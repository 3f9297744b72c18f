using System.Security.Claims;

namespace DasTern.Security;

/// <summary>The principal the current code runs as: the HTTP user, or one set explicitly for a job or test.</summary>
public interface ICurrentPrincipalAccessor
{
    ClaimsPrincipal Principal { get; }

    /// <summary>Runs the enclosed code as <paramref name="principal"/> until the result is disposed.</summary>
    IDisposable Change(ClaimsPrincipal principal);
}
