using DasTern.Security;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace DasTern.OpenIddict;

/// <summary>
/// RFC 7009: when a client revokes an access token, OpenIddict marks its database entry; this also
/// puts it on the revocation list, since access tokens are validated without the database. It runs
/// first and writes at once (there is no unit of work here), so a failure later leaves the token
/// refused rather than accepted.
/// </summary>
public sealed class ListRevokedAccessTokens(IAccessTokenRevocationList revocationList) : IOpenIddictServerHandler<HandleRevocationRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<HandleRevocationRequestContext>()
            .UseScopedHandler<ListRevokedAccessTokens>()
            .SetOrder(int.MinValue + 100_000)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(HandleRevocationRequestContext context)
    {
        var principal = context.GenericTokenPrincipal;
        if (principal is not null && principal.GetTokenType() == TokenTypeIdentifiers.AccessToken
            && principal.GetTokenId() is { Length: > 0 } tokenId && principal.GetExpirationDate() is { } expires)
        {
            await revocationList.RevokeAsync(tokenId, expires, context.CancellationToken);
        }
    }
}
