using DasTern.Modularity;
using DasTern.Security;
using DasTern.Tracing;

namespace DasTern.Auditing;

/// <summary>Writes in a scope of its own, so a failed sign-in is recorded even though the request fails.</summary>
public sealed class SecurityLogRecorder(
    IHttpContextAccessor httpContextAccessor,
    AuditRecordWriter writer,
    ICorrelationIdAccessor correlationId,
    TimeProvider timeProvider) : ISecurityLogRecorder, IScopedDependency
{
    public async Task RecordAsync(SecurityLogAction action, Guid? userId, string? userName, string? clientId = null, string? detail = null)
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
            Detail = AuditText.Limit(detail, AuditLogConsts.MaxSecurityLogDetailLength),
        };

        await writer.WriteAsync(repository => repository.InsertAsync(record), $"security event {action} of {userName}");
    }
}
