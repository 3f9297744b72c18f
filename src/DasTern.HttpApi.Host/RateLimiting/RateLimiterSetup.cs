using System.Globalization;
using System.Threading.RateLimiting;
using DasTern.ExceptionHandling;
using DasTern.Security;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace DasTern.RateLimiting;

/// <summary>
/// Two limiters. Before authentication, sign-in requests: a tight window per IP address chained
/// with a local concurrency limit, so a burst of password checks cannot starve the rest of the API.
/// After authentication, every route: a window per route and user (or IP address when anonymous).
/// Endpoints marked <c>DisableRateLimiting</c> (the health checks) are never limited.
/// </summary>
public static class RateLimiterSetup
{
    public const string TokenPath = "/connect/token";
    public const string AccountPath = "/api/account";

    /// <remarks>
    /// The partitioned limiter disposes a partition's limiter after ten idle seconds and calls the
    /// factory again, so the factory must build a new limiter each time, never hand back a shared one.
    /// </remarks>
    public static RateLimiterOptions ForSignIn(IServiceProvider services)
    {
        var settings = services.GetRequiredService<IOptions<RateLimitingOptions>>().Value;
        var partitions = services.GetRequiredService<RateLimitPartitions>();
        var perAddress = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            IsSignInRequest(context) && settings.Enabled
                ? partitions.FixedWindow($"token:{AddressOf(context)}", settings.TokenPermitsPerMinute)
                : RateLimitPartition.GetNoLimiter("none"));
        var concurrency = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            IsSignInRequest(context) && settings.Enabled ? SignInConcurrency(settings) : RateLimitPartition.GetNoLimiter("none"));

        var options = Rejecting(new RateLimiterOptions { GlobalLimiter = PartitionedRateLimiter.CreateChained(perAddress, concurrency) });
        var answer = options.OnRejected!;
        options.OnRejected = async (context, cancellationToken) =>
        {
            await RecordThrottledSignInAsync(context.HttpContext);
            await answer(context, cancellationToken);
        };
        return options;
    }

    /// <summary>The one sign-in concurrency partition; its factory runs again each time the partition was dropped as idle.</summary>
    public static RateLimitPartition<string> SignInConcurrency(RateLimitingOptions settings) =>
        RateLimitPartition.GetConcurrencyLimiter("sign-in", _ => new ConcurrencyLimiterOptions
        {
            PermitLimit = settings.SignInConcurrency,
            QueueLimit = settings.SignInQueueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });

    public static RateLimiterOptions ForApi(IServiceProvider services)
    {
        var settings = services.GetRequiredService<IOptions<RateLimitingOptions>>().Value;
        var partitions = services.GetRequiredService<RateLimitPartitions>();
        return Rejecting(new RateLimiterOptions
        {
            GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                settings.Enabled && context.GetEndpoint() is RouteEndpoint endpoint && !IsSignInRequest(context)
                    ? partitions.FixedWindow($"api:{context.Request.Method}:{endpoint.RoutePattern.RawText}:{CallerOf(context)}", settings.PermitsPerMinute)
                    : RateLimitPartition.GetNoLimiter("none")),
        });
    }

    private static RateLimiterOptions Rejecting(RateLimiterOptions options)
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.OnRejected = async (context, _) =>
        {
            var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
            context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(Math.Max(1, retryAfter.TotalSeconds))).ToString(CultureInfo.InvariantCulture);
            await context.HttpContext.RequestServices.GetRequiredService<ProblemDetailsWriter>()
                .WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, CommonErrorCodes.TooManyRequests);
        };
        return options;
    }

    /// <summary>A refused sign-in is a security event: someone may be guessing. The form has been read (and bounded) already.</summary>
    private static async Task RecordThrottledSignInAsync(HttpContext context)
    {
        var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync() : null;
        var login = form?["username"].FirstOrDefault() ?? form?["login"].FirstOrDefault();
        await context.RequestServices.GetRequiredService<Auditing.ISecurityLogRecorder>()
            .RecordAsync(Auditing.SecurityLogAction.SignInThrottled, userId: null, login, form?["client_id"].FirstOrDefault(), detail: context.Request.Path);
    }

    /// <summary>Sign-in (token endpoint, login page), registration and password-reset requests: where accounts get guessed or flooded.</summary>
    public static bool IsSignInRequest(HttpContext context) =>
        context.Request.Path.StartsWithSegments(TokenPath)
        || (HttpMethods.IsPost(context.Request.Method)
            && (context.Request.Path.StartsWithSegments(OpenIddict.LoginCookie.LoginPath)
                || (context.Request.Path.StartsWithSegments(AccountPath) && !context.Request.Path.StartsWithSegments(AccountPath + "/my-profile"))));

    private static string AddressOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static string CallerOf(HttpContext context) =>
        context.User.FindFirst(DasTernClaimTypes.UserId)?.Value is { Length: > 0 } userId ? $"user:{userId}" : $"ip:{AddressOf(context)}";
}
