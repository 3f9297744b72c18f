using System.Diagnostics;
using System.Diagnostics.Metrics;
using DasTern.Security;
using DasTern.Tracing;
using DasTern.Uow;

namespace DasTern.Auditing;

/// <summary>
/// Writes one <see cref="AuditLog"/> per request that can change something (not GET/HEAD/OPTIONS)
/// and per failed request, after the answer is sent. The write uses its own scope and unit of work,
/// and a failed write is logged and counted but never fails the request.
/// </summary>
public sealed class AuditLoggingMiddleware(RequestDelegate next, ILogger<AuditLoggingMiddleware> logger, TimeProvider timeProvider)
{
    public const string MeterName = "DasTern.Auditing";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> WriteFailures = Meter.CreateCounter<long>("dastern.audit.write_failures", description: "Audit records that could not be written");

    public async Task InvokeAsync(HttpContext context, IServiceScopeFactory scopes, ICorrelationIdAccessor correlationId)
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
                await WriteAsync(scopes, BuildRecord(context, executionTime, started, failure, correlation));
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
        return new AuditLog(Entities.EntityId.New(), executionTime)
        {
            DurationMs = (int)Stopwatch.GetElapsedTime(started).TotalMilliseconds,
            UserId = Guid.TryParse(user.FindFirst(DasTernClaimTypes.UserId)?.Value, out var id) ? id : null,
            UserName = AuditText.Limit(user.FindFirst(DasTernClaimTypes.UserName)?.Value, AuditLogConsts.MaxUserNameLength),
            ClientId = AuditText.Limit(user.FindFirst(DasTernClaimTypes.ClientId)?.Value, AuditLogConsts.MaxClientIdLength),
            IpAddress = context.Connection.RemoteIpAddress?.ToString(),
            UserAgent = AuditText.Limit(context.Request.Headers.UserAgent.ToString(), AuditLogConsts.MaxUserAgentLength),
            HttpMethod = context.Request.Method,
            Url = AuditText.Limit(context.Request.Path + context.Request.QueryString, AuditLogConsts.MaxUrlLength)!,
            StatusCode = context.Response.StatusCode,
            CorrelationId = correlationId,
            ExceptionType = AuditText.Limit(failure?.GetType().FullName, AuditLogConsts.MaxExceptionTypeLength),
        };
    }

    private async Task WriteAsync(IServiceScopeFactory scopes, AuditLog record)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync(isTransactional: false);
            await scope.ServiceProvider.GetRequiredService<IAuditLogRepository>().InsertAsync(record);
            await unitOfWork.CompleteAsync();
        }
        catch (Exception exception)
        {
            WriteFailures.Add(1);
            logger.LogError(exception, "Could not write the audit record of {Method} {Url} ({CorrelationId})", record.HttpMethod, record.Url, record.CorrelationId);
        }
    }
}
