using DasTern.Auditing;
using Microsoft.AspNetCore;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace DasTern.OpenIddict;

/// <summary>
/// Writes a security-log entry for every token request the server refuses on its own before our
/// grant code runs: an unknown client or wrong secret, an unsupported grant, an unreadable form, an
/// expired or revoked refresh token. Such requests would otherwise leave no trace but a status code.
/// </summary>
public sealed class RecordRejectedTokenRequests(ISecurityLogRecorder securityLog) : IOpenIddictServerHandler<ApplyTokenResponseContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ApplyTokenResponseContext>()
            .UseScopedHandler<RecordRejectedTokenRequests>()
            .SetOrder(int.MinValue + 100_000)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ApplyTokenResponseContext context)
    {
        var http = context.Transaction.GetHttpRequest()?.HttpContext;
        if (string.IsNullOrEmpty(context.Response.Error) || http is null || TokenRequestRefusals.IsLogged(http))
        {
            return;
        }

        await securityLog.RecordAsync(
            SecurityLogAction.TokenRequestRejected,
            userId: null,
            userName: context.Request?.Username,
            clientId: context.Request?.ClientId,
            detail: $"{context.Request?.GrantType ?? "no grant"}: {context.Response.Error} {context.Response.ErrorDescription}");
    }
}
