using OpenIddict.Validation;
using static OpenIddict.Validation.OpenIddictValidationEvents;

namespace DasTern.OpenIddict;

/// <summary>After every check of OpenIddict's has passed: remembers the token's principal for <see cref="ReuseValidatedAccessTokens"/>.</summary>
public sealed class RememberValidatedAccessTokens(ValidatedAccessTokenCache cache) : IOpenIddictValidationHandler<ValidateTokenContext>
{
    public static OpenIddictValidationHandlerDescriptor Descriptor { get; } =
        OpenIddictValidationHandlerDescriptor.CreateBuilder<ValidateTokenContext>()
            .UseSingletonHandler<RememberValidatedAccessTokens>()
            .SetOrder(OpenIddictValidationHandlers.Protection.ValidateAuthorizationEntry.Descriptor.Order + 1_000)
            .SetType(OpenIddictValidationHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ValidateTokenContext context)
    {
        if (!context.IsRejected && context.Principal is not null && !string.IsNullOrEmpty(context.Token))
        {
            cache.Remember(context.Token, context.Principal);
        }

        return default;
    }
}
