using DasTern.EntityFrameworkCore;
using DasTern.Repositories;
using Microsoft.EntityFrameworkCore;

namespace DasTern.Auditing;

public sealed class AuditLogRepository(DasTernDbContext dbContext) : IAuditLogRepository
{
    public async Task InsertAsync(AuditLog auditLog, CancellationToken cancellationToken = default) =>
        await dbContext.AuditLogs.AddAsync(auditLog, cancellationToken);

    public async Task InsertAsync(DataAccessLog dataAccessLog, CancellationToken cancellationToken = default) =>
        await dbContext.DataAccessLogs.AddAsync(dataAccessLog, cancellationToken);

    public async Task InsertAsync(SecurityLog securityLog, CancellationToken cancellationToken = default) =>
        await dbContext.SecurityLogs.AddAsync(securityLog, cancellationToken);

    public Task<(long TotalCount, List<SecurityLog> Items)> GetSecurityLogsAsync(Guid? userId, SecurityLogAction? action, DateTimeOffset? from, DateTimeOffset? to, int skipCount, int maxResultCount, CancellationToken cancellationToken = default) =>
        dbContext.SecurityLogs.AsNoTracking()
            .WhereIf(userId is not null, log => log.UserId == userId)
            .WhereIf(action is not null, log => log.Action == action)
            .WhereIf(from is not null, log => log.Time >= from)
            .WhereIf(to is not null, log => log.Time < to)
            .OrderByDescending(log => log.Time).ThenBy(log => log.Id)
            .ToPageAsync(skipCount, maxResultCount, cancellationToken);

    public Task<(long TotalCount, List<AuditLog> Items)> GetPagedListAsync(AuditLogQuery query, CancellationToken cancellationToken = default) =>
        dbContext.AuditLogs.AsNoTracking()
            .WhereIf(query.UserId is not null, log => log.UserId == query.UserId)
            .WhereIf(query.From is not null, log => log.ExecutionTime >= query.From)
            .WhereIf(query.To is not null, log => log.ExecutionTime < query.To)
            .WhereIf(query.HttpMethod is not null, log => log.HttpMethod == query.HttpMethod)
            .WhereIf(query.Url is not null, log => log.Url.Contains(query.Url!))
            .WhereIf(query.StatusCode is not null, log => log.StatusCode == query.StatusCode)
            .WhereIf(query.CorrelationId is not null, log => log.CorrelationId == query.CorrelationId)
            .OrderByDescending(log => log.ExecutionTime).ThenBy(log => log.Id)
            .ToPageAsync(query.SkipCount, query.MaxResultCount, cancellationToken);

    public Task<(long TotalCount, List<EntityChange> Items)> GetEntityChangesAsync(EntityChangeQuery query, CancellationToken cancellationToken = default) =>
        dbContext.EntityChanges.AsNoTracking()
            .WhereIf(query.EntityType is not null, change => change.EntityType == query.EntityType)
            .WhereIf(query.EntityId is not null, change => change.EntityId == query.EntityId)
            .WhereIf(query.UserId is not null, change => change.UserId == query.UserId)
            .WhereIf(query.From is not null, change => change.ChangeTime >= query.From)
            .WhereIf(query.To is not null, change => change.ChangeTime < query.To)
            .OrderByDescending(change => change.ChangeTime).ThenBy(change => change.Id)
            .ToPageAsync(query.SkipCount, query.MaxResultCount, cancellationToken);

    public Task<(long TotalCount, List<DataAccessLog> Items)> GetDataAccessForPatientAsync(Guid patientId, int skipCount, int maxResultCount, CancellationToken cancellationToken = default) =>
        dbContext.DataAccessLogs.AsNoTracking()
            .Where(log => log.PatientId == patientId)
            .OrderByDescending(log => log.AccessTime).ThenBy(log => log.Id)
            .ToPageAsync(skipCount, maxResultCount, cancellationToken);

    public async Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default) =>
        await dbContext.AuditLogs.Where(log => log.ExecutionTime < cutoff).ExecuteDeleteAsync(cancellationToken)
        + await dbContext.EntityChanges.Where(change => change.ChangeTime < cutoff).ExecuteDeleteAsync(cancellationToken)
        + await dbContext.DataAccessLogs.Where(log => log.AccessTime < cutoff).ExecuteDeleteAsync(cancellationToken)
        + await dbContext.SecurityLogs.Where(log => log.Time < cutoff).ExecuteDeleteAsync(cancellationToken);
}
