using DasTern.ExceptionHandling;
using DasTern.Security;
using Microsoft.Extensions.Options;

namespace DasTern.RateLimiting;

/// <summary>
/// Runs before the sign-in limiter: a sign-in request's body is read whole, and bounded, before the
/// request queues for a permit, so a permit is held only while a request is processed and never
/// while a slow client trickles its body. A body over <see cref="RateLimitingOptions.SignInMaxBodyBytes"/>
/// answers 413, one not in within <see cref="RateLimitingOptions.SignInBodyTimeout"/> 408; the rest of
/// the request, the wait for a permit included, is time-boxed by <see cref="RateLimitingOptions.SignInTimeout"/> (503).
/// </summary>
public sealed class SignInRequestGuard(RequestDelegate next, IOptions<RateLimitingOptions> options, TimeProvider timeProvider)
{
    private const int SignInRetryAfterSeconds = 5;

    public async Task InvokeAsync(HttpContext context, ProblemDetailsWriter writer)
    {
        var settings = options.Value;
        if (!RateLimiterSetup.IsSignInRequest(context))
        {
            await next(context);
            return;
        }

        if (context.Request.ContentLength > settings.SignInMaxBodyBytes)
        {
            await RequestBodyLimitMiddleware.WriteTooLargeAsync(context, writer, settings.SignInMaxBodyBytes);
            return;
        }

        var body = await ReadBodyAsync(context, writer, settings);
        if (body is null)
        {
            return;
        }

        context.Request.Body = body;
        var aborted = context.RequestAborted;
        using var deadline = new CancellationTokenSource(settings.SignInTimeout, timeProvider);
        using var timeBox = CancellationTokenSource.CreateLinkedTokenSource(aborted, deadline.Token);
        context.RequestAborted = timeBox.Token;
        bool TimedOut() => deadline.IsCancellationRequested && !aborted.IsCancellationRequested && !context.Response.HasStarted;
        try
        {
            await next(context);
        }
        catch (OperationCanceledException) when (TimedOut())
        {
            // Answered below, as when the limiter's queue gives up quietly on the cancellation.
        }
        finally
        {
            context.RequestAborted = aborted;
        }

        if (TimedOut())
        {
            await ProblemDetailsExceptionHandler.WriteServiceUnavailableAsync(context, writer, SignInRetryAfterSeconds);
        }
    }

    /// <summary>The body in memory; null when the answer (413 or 408) has been written instead.</summary>
    private async Task<MemoryStream?> ReadBodyAsync(HttpContext context, ProblemDetailsWriter writer, RateLimitingOptions settings)
    {
        using var deadline = new CancellationTokenSource(settings.SignInBodyTimeout, timeProvider);
        using var reading = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, deadline.Token);
        var body = new MemoryStream();
        var chunk = new byte[4096];
        try
        {
            int read;
            while ((read = await context.Request.Body.ReadAsync(chunk, reading.Token)) > 0)
            {
                if (body.Length + read > settings.SignInMaxBodyBytes)
                {
                    await RequestBodyLimitMiddleware.WriteTooLargeAsync(context, writer, settings.SignInMaxBodyBytes);
                    return null;
                }

                body.Write(chunk, 0, read);
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !context.RequestAborted.IsCancellationRequested)
        {
            await writer.WriteAsync(context, StatusCodes.Status408RequestTimeout, CommonErrorCodes.RequestTimeout);
            return null;
        }

        body.Position = 0;
        return body;
    }
}
