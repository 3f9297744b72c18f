using DasTern.Dtos;
using DasTern.Services;

namespace DasTern.Auditing;

/// <summary>Admins search what happened: requests, entity changes, and reads of health data.</summary>
[RemoteService(RootPath = "audit-logging", Name = "audit-logs")]
public interface IAuditLogAppService : IApplicationService
{
    Task<PagedResultDto<AuditLogDto>> GetListAsync(GetAuditLogsInput input);

    Task<PagedResultDto<EntityChangeDto>> GetEntityChangesAsync(GetEntityChangesInput input);
}
