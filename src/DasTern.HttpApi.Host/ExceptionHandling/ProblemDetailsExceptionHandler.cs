using System.Globalization;
using DasTern.Security;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace DasTern.ExceptionHandling;

/// <summary>
/// Turns exceptions into problem details: our business exceptions carry their status and code;
/// a malformed or oversized request is a 4xx; a database that is down or unreachable is a 503 with
/// <c>Retry-After</c>; anything else is a logged 500 with a generic message only.
/// </summary>
public sealed class ProblemDetailsExceptionHandler(ProblemDetailsWriter writer, ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    /// <summary>Seconds a client should wait before trying again when the database is unavailable.</summary>
    public const int DatabaseRetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (DatabaseUnavailability.IsUnavailable(exception))
        {
            logger.LogWarning("The database is unavailable: {Message}", exception.GetBaseException().Message);
            await WriteServiceUnavailableAsync(httpContext, writer, DatabaseRetryAfterSeconds);
            return true;
        }

        switch (RequestFailureIn(exception) ?? exception)
        {
            case AuthorizationFailedException:
                var authenticated = httpContext.User.Identity?.IsAuthenticated == true;
                await writer.WriteAsync(
                    httpContext,
                    authenticated ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized,
                    authenticated ? CommonErrorCodes.Forbidden : CommonErrorCodes.Unauthorized);
                return true;
            case ValidationFailedException validation:
                await writer.WriteAsync(httpContext, validation.HttpStatusCode, validation.Code, errors: validation.Errors);
                return true;
            case BusinessException business:
                logger.LogInformation("Request refused with {Code} ({Status})", business.Code, business.HttpStatusCode);
                await writer.WriteAsync(httpContext, business.HttpStatusCode, business.Code, business.Values);
                return true;
            case BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }:
            case InvalidDataException:
                // Over the body size limit, or over the form reader's limits on fields (count, key length).
                await RequestBodyLimitMiddleware.WriteTooLargeAsync(httpContext, writer);
                return true;
            case BadHttpRequestException badRequest:
                await writer.WriteAsync(httpContext, badRequest.StatusCode, ProblemDetailsCustomizer.CodeForStatus(badRequest.StatusCode));
                return true;
            case OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested:
                return true;
            default:
                logger.LogError(exception, "Unhandled exception");
                await writer.WriteAsync(httpContext, StatusCodes.Status500InternalServerError, CommonErrorCodes.InternalError);
                return true;
        }
    }

    /// <summary>A failure to read the request (too large, malformed, cut off), also when MVC's form reader wrapped it.</summary>
    private static Exception? RequestFailureIn(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is BadHttpRequestException or InvalidDataException)
            {
                return current;
            }
        }

        return null;
    }

    public static ValueTask WriteServiceUnavailableAsync(HttpContext httpContext, ProblemDetailsWriter writer, int retryAfterSeconds)
    {
        httpContext.Response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return writer.WriteAsync(httpContext, StatusCodes.Status503ServiceUnavailable, CommonErrorCodes.ServiceUnavailable);
    }
}
