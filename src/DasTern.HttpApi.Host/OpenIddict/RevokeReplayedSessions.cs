using DasTern.Auditing;
using Microsoft.AspNetCore;
using DasTern.Security;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace DasTern.OpenIddict;

/// <summary>
/// A used authorization code or refresh token presented again means it leaked (RFC 6749 §10.5).
/// OpenIddict then revokes the session's tokens in its store, but access tokens are checked without
/// the store: this puts the session's live access tokens on the revocation list as well, and logs
/// the theft signal. It runs just before OpenIddict's own check, which then refuses the request.
/// </summary>
public sealed class RevokeReplayedSessions(
    IOpenIddictTokenManager tokens,
    IAccessTokenRevocationList revocationList,
    ISecurityLogRecorder securityLog,
    TimeProvider timeProvider) : IOpenIddictServerHandler<ValidateTokenContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateTokenContext>()
            .UseScopedHandler<RevokeReplayedSessions>()
            .SetOrder(OpenIddictServerHandlers.Protection.ValidateTokenEntry.Descriptor.Order - 500)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ValidateTokenContext context)
    {
        if (context.EndpointType != OpenIddictServerEndpointType.Token
            || string.IsNullOrEmpty(context.TokenId) || string.IsNullOrEmpty(context.AuthorizationId)
            || context.Principal is null
            || !(context.Principal.HasTokenType(TokenTypeIdentifiers.Private.AuthorizationCode) || context.Principal.HasTokenType(TokenTypeIdentifiers.RefreshToken))
            || await tokens.FindByIdAsync(context.TokenId) is not { } token
            || !await tokens.HasStatusAsync(token, Statuses.Redeemed))
        {
            return;
        }

        var now = timeProvider.GetUtcNow();
        var sessionTokens = new List<object>();
        await foreach (var candidate in tokens.FindByAuthorizationIdAsync(context.AuthorizationId))
        {
            sessionTokens.Add(candidate);
        }

        foreach (var candidate in sessionTokens)
        {
            if (await tokens.GetTypeAsync(candidate) == TokenTypeIdentifiers.AccessToken
                && await tokens.GetExpirationDateAsync(candidate) is { } expires && expires > now
                && await tokens.GetIdAsync(candidate) is { } id)
            {
                await revocationList.RevokeAsync(id, expires);
            }
        }

        if (context.Transaction.GetHttpRequest()?.HttpContext is { } http)
        {
            TokenRequestRefusals.MarkLogged(http);
        }

        await securityLog.RecordAsync(
            SecurityLogAction.TokenReplayed,
            Guid.TryParse(context.Principal.GetClaim(Claims.Subject), out var userId) ? userId : null,
            context.Principal.GetClaim(Claims.PreferredUsername),
            context.Principal.GetClaim(Claims.ClientId) ?? context.Request?.ClientId,
            context.Principal.HasTokenType(TokenTypeIdentifiers.Private.AuthorizationCode) ? "authorization code" : "refresh token");
    }
}
