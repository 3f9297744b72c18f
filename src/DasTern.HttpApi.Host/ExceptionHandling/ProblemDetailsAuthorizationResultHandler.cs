using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;

namespace DasTern.ExceptionHandling;

/// <summary>401 and 403 carry a problem-details body too (ABP sends a bare challenge).</summary>
public sealed class ProblemDetailsAuthorizationResultHandler(ProblemDetailsWriter writer) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Challenged)
        {
            context.Response.Headers.WWWAuthenticate = context.Request.Headers.Authorization.Count > 0
                ? "Bearer error=\"invalid_token\""
                : "Bearer";
            await writer.WriteAsync(context, StatusCodes.Status401Unauthorized, CommonErrorCodes.Unauthorized);
            return;
        }

        if (authorizeResult.Forbidden)
        {
            await writer.WriteAsync(context, StatusCodes.Status403Forbidden, CommonErrorCodes.Forbidden);
            return;
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
