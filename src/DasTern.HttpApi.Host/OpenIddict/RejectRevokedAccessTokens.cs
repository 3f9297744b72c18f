using DasTern.Security;
using OpenIddict.Abstractions;
using OpenIddict.Validation;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Validation.OpenIddictValidationEvents;

namespace DasTern.OpenIddict;

/// <summary>After OpenIddict has validated an access token, refuses it when it is on the revocation list (checked in memory).</summary>
public sealed class RejectRevokedAccessTokens(IAccessTokenRevocationList revocationList) : IOpenIddictValidationHandler<ProcessAuthenticationContext>
{
    public static OpenIddictValidationHandlerDescriptor Descriptor { get; } =
        OpenIddictValidationHandlerDescriptor.CreateBuilder<ProcessAuthenticationContext>()
            .UseScopedHandler<RejectRevokedAccessTokens>()
            .SetOrder(OpenIddictValidationHandlers.ValidateAccessToken.Descriptor.Order + 1_000)
            .SetType(OpenIddictValidationHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ProcessAuthenticationContext context)
    {
        if (context.AccessTokenPrincipal?.GetTokenId() is { Length: > 0 } tokenId && revocationList.IsRevoked(tokenId))
        {
            context.Reject(Errors.InvalidToken, "The access token has been revoked.");
        }

        return ValueTask.CompletedTask;
    }
}
