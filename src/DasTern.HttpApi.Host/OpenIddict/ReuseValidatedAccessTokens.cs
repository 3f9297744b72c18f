using OpenIddict.Validation;
using static OpenIddict.Validation.OpenIddictValidationEvents;

namespace DasTern.OpenIddict;

/// <summary>
/// Before OpenIddict parses a token and checks its signature: a token this instance has verified
/// before gets its principal back, and OpenIddict skips the signature check (it does when a
/// principal is present); every later check still runs.
/// </summary>
public sealed class ReuseValidatedAccessTokens(ValidatedAccessTokenCache cache) : IOpenIddictValidationHandler<ValidateTokenContext>
{
    public static OpenIddictValidationHandlerDescriptor Descriptor { get; } =
        OpenIddictValidationHandlerDescriptor.CreateBuilder<ValidateTokenContext>()
            .UseSingletonHandler<ReuseValidatedAccessTokens>()
            .SetOrder(OpenIddictValidationHandlers.Protection.ValidateIdentityModelToken.Descriptor.Order - 500)
            .SetType(OpenIddictValidationHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ValidateTokenContext context)
    {
        if (context.Principal is null && !string.IsNullOrEmpty(context.Token))
        {
            context.Principal = cache.Find(context.Token);
        }

        return default;
    }
}
