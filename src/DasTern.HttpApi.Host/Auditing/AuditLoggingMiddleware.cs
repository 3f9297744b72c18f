using System.Diagnostics;
using DasTern.Security;
using DasTern.Tracing;

namespace DasTern.Auditing;

/// <summary>
/// Writes one <see cref="AuditLog"/> per request that can change something (not GET/HEAD/OPTIONS)
/// and per failed request, after the answer is sent. The write uses its own scope and unit of work,
/// and a failed write is logged and counted but never fails the request.
/// </summary>
public sealed class AuditLoggingMiddleware(RequestDelegate next, TimeProvider timeProvider)
{
    public async Task InvokeAsync(HttpContext context, AuditRecordWriter writer, ICorrelationIdAccessor correlationId)
    {
        var started = Stopwatch.GetTimestamp();
        var executionTime = timeProvider.GetUtcNow();
        var correlation = correlationId.CorrelationId;
        Exception? failure = null;

        // Written once the answer is complete: the final status (an exception becomes a 404 or 409
        // further out) is known then, and the client does not wait for the audit write.
        context.Response.OnCompleted(async () =>
        {
            if (ShouldAudit(context.Request.Method, context.Response.StatusCode))
            {
                var record = BuildRecord(context, executionTime, started, failure, correlation);
                await writer.WriteAsync(repository => repository.InsertAsync(record), $"{record.HttpMethod} {record.Url} ({record.CorrelationId})");
            }
        });

        try
        {
            await next(context);
        }
        catch (Exception exception)
        {
            failure = exception;
            throw;
        }
    }

    private static bool ShouldAudit(string method, int status) =>
        status >= 400 || !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method));

    private static AuditLog BuildRecord(HttpContext context, DateTimeOffset executionTime, long started, Exception? failure, string? correlationId)
    {
        var user = context.User;
        var named = AuditIdentity.Of(context.Features);
        return new AuditLog(Entities.EntityId.New(), executionTime)
        {
            DurationMs = (int)Stopwatch.GetElapsedTime(started).TotalMilliseconds,
            UserId = named?.UserId ?? (Guid.TryParse(user.FindFirst(DasTernClaimTypes.UserId)?.Value, out var id) ? id : null),
            UserName = AuditText.Limit(named?.UserName ?? user.FindFirst(DasTernClaimTypes.UserName)?.Value, AuditLogConsts.MaxUserNameLength),
            ClientId = AuditText.Limit(named?.ClientId ?? user.FindFirst(DasTernClaimTypes.ClientId)?.Value, AuditLogConsts.MaxClientIdLength),
            IpAddress = context.Connection.RemoteIpAddress?.ToString(),
            UserAgent = AuditText.Limit(context.Request.Headers.UserAgent.ToString(), AuditLogConsts.MaxUserAgentLength),
            HttpMethod = context.Request.Method,
            Url = AuditText.Limit(UrlRedaction.Redact(context.Request.Path, context.Request.QueryString), AuditLogConsts.MaxUrlLength)!,
            StatusCode = context.Response.StatusCode,
            CorrelationId = correlationId,
            ExceptionType = AuditText.Limit(failure?.GetType().FullName, AuditLogConsts.MaxExceptionTypeLength),
        };
    }
}
