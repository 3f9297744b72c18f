using OpenIddict.Validation;
using static OpenIddict.Validation.OpenIddictValidationEvents;

namespace DasTern.OpenIddict;

/// <summary>
/// After every check of OpenIddict's and ours (revocation, not-before) has passed: remembers the
/// access token's principal for <see cref="CachedBearerHandler"/>.
/// </summary>
public sealed class RememberValidatedAccessTokens(ValidatedAccessTokenCache cache) : IOpenIddictValidationHandler<ProcessAuthenticationContext>
{
    public static OpenIddictValidationHandlerDescriptor Descriptor { get; } =
        OpenIddictValidationHandlerDescriptor.CreateBuilder<ProcessAuthenticationContext>()
            .UseSingletonHandler<RememberValidatedAccessTokens>()
            .SetOrder(RejectRevokedAccessTokens.Descriptor.Order + 1_000)
            .SetType(OpenIddictValidationHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ProcessAuthenticationContext context)
    {
        if (!context.IsRejected && context.AccessTokenPrincipal is { } principal && !string.IsNullOrEmpty(context.AccessToken))
        {
            cache.Remember(context.AccessToken, principal);
        }

        return default;
    }
}
