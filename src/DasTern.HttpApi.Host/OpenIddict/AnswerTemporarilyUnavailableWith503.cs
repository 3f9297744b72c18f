using System.Globalization;
using Microsoft.AspNetCore;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace DasTern.OpenIddict;

/// <summary>
/// OpenIddict answers every token error but a few with 400; <c>temporarily_unavailable</c> (a grant
/// that cannot be decided now, say Google's keys out of reach) gets 503 and <c>Retry-After</c>, so
/// clients retry instead of treating the credentials as wrong.
/// </summary>
public sealed class AnswerTemporarilyUnavailableWith503 : IOpenIddictServerHandler<ApplyTokenResponseContext>
{
    public const int RetryAfterSeconds = 30;

    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ApplyTokenResponseContext>()
            .UseSingletonHandler<AnswerTemporarilyUnavailableWith503>()
            .SetOrder(OpenIddictServerAspNetCoreHandlers.AttachHttpResponseCode<ApplyTokenResponseContext>.Descriptor.Order + 500)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ApplyTokenResponseContext context)
    {
        if (context.Error == Errors.TemporarilyUnavailable && context.Transaction.GetHttpRequest()?.HttpContext.Response is { } response)
        {
            response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        }

        return ValueTask.CompletedTask;
    }
}
