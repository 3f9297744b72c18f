using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using OpenIddict.Server.AspNetCore;

namespace DasTern.OpenIddict;

/// <summary>
/// The authentication middleware lets every request handler look at every request; OpenIddict's
/// server runs its whole event pipeline on each API call only to find it is not one of its endpoints.
/// It is offered only the requests under the paths its endpoints live in (<see cref="Paths"/>).
/// (OpenIddict's validation handler still sees every request: it sets up the context its
/// authentication and challenges need.)
/// </summary>
public sealed class AuthServerRequestSchemes(IOptions<AuthenticationOptions> options, IHttpContextAccessor httpContextAccessor)
    : AuthenticationSchemeProvider(options)
{
    /// <summary>Where the authorization server's endpoints are (token, authorize, logout, userinfo, revoke, introspect, discovery and keys).</summary>
    public static readonly PathString[] Paths = ["/connect", "/.well-known"];

    public override async Task<IEnumerable<AuthenticationScheme>> GetRequestHandlerSchemesAsync()
    {
        var schemes = await base.GetRequestHandlerSchemesAsync();
        return httpContextAccessor.HttpContext?.Request.Path is { } path && !Paths.Any(path.StartsWithSegments)
            ? schemes.Where(scheme => scheme.Name != OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)
            : schemes;
    }
}
