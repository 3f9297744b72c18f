using DasTern.Security;
using DasTern.Tracing;
using DasTern.Uow;

namespace DasTern.Auditing;

/// <summary>Writes in a scope of its own, so a failed sign-in is recorded even though the request fails.</summary>
public sealed class SecurityLogRecorder(
    IHttpContextAccessor httpContextAccessor,
    IServiceScopeFactory scopes,
    ICorrelationIdAccessor correlationId,
    TimeProvider timeProvider,
    ILogger<SecurityLogRecorder> logger) : ISecurityLogRecorder
{
    public async Task RecordAsync(SecurityLogAction action, Guid? userId, string? userName, string? clientId = null)
    {
        var http = httpContextAccessor.HttpContext;
        var record = new SecurityLog(Entities.EntityId.New(), timeProvider.GetUtcNow(), action)
        {
            UserId = userId,
            UserName = AuditText.Limit(userName, AuditLogConsts.MaxUserNameLength),
            ClientId = AuditText.Limit(clientId ?? http?.User.FindFirst(DasTernClaimTypes.ClientId)?.Value, AuditLogConsts.MaxClientIdLength),
            IpAddress = http?.Connection.RemoteIpAddress?.ToString(),
            UserAgent = AuditText.Limit(http?.Request.Headers.UserAgent.ToString(), AuditLogConsts.MaxUserAgentLength),
            CorrelationId = correlationId.CorrelationId,
        };

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync(isTransactional: false);
            await scope.ServiceProvider.GetRequiredService<IAuditLogRepository>().InsertAsync(record);
            await unitOfWork.CompleteAsync();
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Could not write the security log entry {Action} for {UserName}", action, userName);
        }
    }
}
