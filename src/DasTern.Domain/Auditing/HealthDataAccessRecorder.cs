using DasTern.Entities;
using DasTern.Modularity;
using DasTern.Tracing;
using DasTern.Users;

namespace DasTern.Auditing;

public sealed class HealthDataAccessRecorder(
    IAuditLogRepository repository,
    ICurrentUser currentUser,
    ICorrelationIdAccessor correlationId,
    TimeProvider timeProvider) : IHealthDataAccessRecorder, IScopedDependency
{
    public async Task RecordAsync(Guid patientId, string resourceType, string? resourceId, CancellationToken cancellationToken = default)
    {
        if (currentUser.Id is not { } readerId || readerId == patientId)
        {
            return;
        }

        var record = new DataAccessLog(EntityId.New(), timeProvider.GetUtcNow(), readerId, patientId, resourceType, resourceId)
        {
            CorrelationId = correlationId.CorrelationId,
        };
        await repository.InsertAsync(record, cancellationToken);
    }
}
