using System.Globalization;
using OpenIddict.Validation;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Validation.OpenIddictValidationEvents;

namespace DasTern.OpenIddict;

/// <summary>
/// OpenIddict checks an access token's expiry but not its <c>nbf</c>; a token that says it is not
/// valid yet (allowing a minute of clock skew between instances) is refused too.
/// </summary>
public sealed class RejectAccessTokensNotYetValid(TimeProvider timeProvider) : IOpenIddictValidationHandler<ProcessAuthenticationContext>
{
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(1);

    public static OpenIddictValidationHandlerDescriptor Descriptor { get; } =
        OpenIddictValidationHandlerDescriptor.CreateBuilder<ProcessAuthenticationContext>()
            .UseSingletonHandler<RejectAccessTokensNotYetValid>()
            .SetOrder(OpenIddictValidationHandlers.ValidateAccessToken.Descriptor.Order + 500)
            .SetType(OpenIddictValidationHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ProcessAuthenticationContext context)
    {
        if (context.AccessTokenPrincipal?.FindFirst("nbf")?.Value is { } value
            && long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var notBefore)
            && DateTimeOffset.FromUnixTimeSeconds(notBefore) > timeProvider.GetUtcNow() + ClockSkew)
        {
            context.Reject(Errors.InvalidToken, "The access token is not valid yet.");
        }

        return default;
    }
}
