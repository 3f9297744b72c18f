using DasTern.EntityFrameworkCore;
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

    public async Task<(long TotalCount, List<SecurityLog> Items)> GetSecurityLogsAsync(Guid? userId, SecurityLogAction? action, DateTimeOffset? from, DateTimeOffset? to, int skipCount, int maxResultCount, CancellationToken cancellationToken = default)
    {
        var logs = dbContext.SecurityLogs.AsNoTracking();
        if (userId is not null)
        {
            logs = logs.Where(log => log.UserId == userId);
        }

        if (action is not null)
        {
            logs = logs.Where(log => log.Action == action);
        }

        if (from is not null)
        {
            logs = logs.Where(log => log.Time >= from);
        }

        if (to is not null)
        {
            logs = logs.Where(log => log.Time < to);
        }

        return (await logs.LongCountAsync(cancellationToken),
            await logs.OrderByDescending(log => log.Time).ThenBy(log => log.Id).Skip(skipCount).Take(maxResultCount).ToListAsync(cancellationToken));
    }

    public async Task<(long TotalCount, List<AuditLog> Items)> GetPagedListAsync(AuditLogQuery query, CancellationToken cancellationToken = default)
    {
        var logs = dbContext.AuditLogs.AsNoTracking();
        if (query.UserId is not null)
        {
            logs = logs.Where(log => log.UserId == query.UserId);
        }

        if (query.From is not null)
        {
            logs = logs.Where(log => log.ExecutionTime >= query.From);
        }

        if (query.To is not null)
        {
            logs = logs.Where(log => log.ExecutionTime < query.To);
        }

        if (query.HttpMethod is not null)
        {
            logs = logs.Where(log => log.HttpMethod == query.HttpMethod);
        }

        if (query.Url is not null)
        {
            logs = logs.Where(log => log.Url.Contains(query.Url));
        }

        if (query.StatusCode is not null)
        {
            logs = logs.Where(log => log.StatusCode == query.StatusCode);
        }

        if (query.CorrelationId is not null)
        {
            logs = logs.Where(log => log.CorrelationId == query.CorrelationId);
        }

        return (await logs.LongCountAsync(cancellationToken),
            await logs.OrderByDescending(log => log.ExecutionTime).ThenBy(log => log.Id).Skip(query.SkipCount).Take(query.MaxResultCount).ToListAsync(cancellationToken));
    }

    public async Task<(long TotalCount, List<EntityChange> Items)> GetEntityChangesAsync(EntityChangeQuery query, CancellationToken cancellationToken = default)
    {
        var changes = dbContext.EntityChanges.AsNoTracking();
        if (query.EntityType is not null)
        {
            changes = changes.Where(change => change.EntityType == query.EntityType);
        }

        if (query.EntityId is not null)
        {
            changes = changes.Where(change => change.EntityId == query.EntityId);
        }

        if (query.UserId is not null)
        {
            changes = changes.Where(change => change.UserId == query.UserId);
        }

        if (query.From is not null)
        {
            changes = changes.Where(change => change.ChangeTime >= query.From);
        }

        if (query.To is not null)
        {
            changes = changes.Where(change => change.ChangeTime < query.To);
        }

        return (await changes.LongCountAsync(cancellationToken),
            await changes.OrderByDescending(change => change.ChangeTime).ThenBy(change => change.Id).Skip(query.SkipCount).Take(query.MaxResultCount).ToListAsync(cancellationToken));
    }

    public async Task<(long TotalCount, List<DataAccessLog> Items)> GetDataAccessForPatientAsync(Guid patientId, int skipCount, int maxResultCount, CancellationToken cancellationToken = default)
    {
        var logs = dbContext.DataAccessLogs.AsNoTracking().Where(log => log.PatientId == patientId);
        return (await logs.LongCountAsync(cancellationToken),
            await logs.OrderByDescending(log => log.AccessTime).ThenBy(log => log.Id).Skip(skipCount).Take(maxResultCount).ToListAsync(cancellationToken));
    }

    public async Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default) =>
        await dbContext.AuditLogs.Where(log => log.ExecutionTime < cutoff).ExecuteDeleteAsync(cancellationToken)
        + await dbContext.EntityChanges.Where(change => change.ChangeTime < cutoff).ExecuteDeleteAsync(cancellationToken)
        + await dbContext.DataAccessLogs.Where(log => log.AccessTime < cutoff).ExecuteDeleteAsync(cancellationToken)
        + await dbContext.SecurityLogs.Where(log => log.Time < cutoff).ExecuteDeleteAsync(cancellationToken);
}
