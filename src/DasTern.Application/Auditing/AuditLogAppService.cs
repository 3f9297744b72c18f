using DasTern.Dtos;
using Microsoft.AspNetCore.Authorization;

namespace DasTern.Auditing;

[Authorize(AuditingPermissions.Default)]
public sealed class AuditLogAppService(IAuditLogRepository repository) : IAuditLogAppService
{
    public async Task<PagedResultDto<AuditLogDto>> GetListAsync(GetAuditLogsInput input)
    {
        var (totalCount, items) = await repository.GetPagedListAsync(new AuditLogQuery(
            input.UserId, input.From, input.To, input.HttpMethod?.ToUpperInvariant(), input.Url, input.StatusCode, input.CorrelationId,
            input.SkipCount, input.MaxResultCount));
        return new PagedResultDto<AuditLogDto>(totalCount, items.Select(log => log.ToDto()).ToList());
    }

    public async Task<PagedResultDto<EntityChangeDto>> GetEntityChangesAsync(GetEntityChangesInput input)
    {
        var (totalCount, items) = await repository.GetEntityChangesAsync(new EntityChangeQuery(
            input.EntityType, input.EntityId, input.UserId, input.From, input.To, input.SkipCount, input.MaxResultCount));
        return new PagedResultDto<EntityChangeDto>(totalCount, items.Select(change => change.ToDto()).ToList());
    }

    public async Task<PagedResultDto<SecurityLogDto>> GetSecurityLogsAsync(GetSecurityLogsInput input)
    {
        var (totalCount, items) = await repository.GetSecurityLogsAsync(input.UserId, input.Action, input.From, input.To, input.SkipCount, input.MaxResultCount);
        return new PagedResultDto<SecurityLogDto>(totalCount, items.Select(log => log.ToDto()).ToList());
    }
}
