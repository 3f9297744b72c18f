using DasTern.Dtos;
using DasTern.Services;

namespace DasTern.Auditing;

/// <summary>Admins search what happened: requests, entity changes, and reads of health data.</summary>
[RemoteService(RootPath = "audit-logging", Name = "audit-logs")]
public interface IAuditLogAppService : IApplicationService
{
    Task<PagedResultDto<AuditLogDto>> GetListAsync(GetAuditLogsInput input);

    Task<PagedResultDto<EntityChangeDto>> GetEntityChangesAsync(GetEntityChangesInput input);

    /// <summary>Sign-ins (succeeded, failed, locked out), logouts, password changes and resets.</summary>
    Task<PagedResultDto<SecurityLogDto>> GetSecurityLogsAsync(GetSecurityLogsInput input);
}
