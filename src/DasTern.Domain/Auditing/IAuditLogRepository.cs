namespace DasTern.Auditing;

public interface IAuditLogRepository
{
    Task InsertAsync(AuditLog auditLog, CancellationToken cancellationToken = default);

    Task InsertAsync(DataAccessLog dataAccessLog, CancellationToken cancellationToken = default);

    Task InsertAsync(SecurityLog securityLog, CancellationToken cancellationToken = default);

    Task<(long TotalCount, List<SecurityLog> Items)> GetSecurityLogsAsync(Guid? userId, SecurityLogAction? action, DateTimeOffset? from, DateTimeOffset? to, int skipCount, int maxResultCount, CancellationToken cancellationToken = default);

    Task<(long TotalCount, List<AuditLog> Items)> GetPagedListAsync(AuditLogQuery query, CancellationToken cancellationToken = default);

    Task<(long TotalCount, List<EntityChange> Items)> GetEntityChangesAsync(EntityChangeQuery query, CancellationToken cancellationToken = default);

    Task<(long TotalCount, List<DataAccessLog> Items)> GetDataAccessForPatientAsync(Guid patientId, int skipCount, int maxResultCount, CancellationToken cancellationToken = default);

    /// <summary>Deletes request, entity-change, data-access and security records older than <paramref name="cutoff"/>; returns how many.</summary>
    Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default);
}
