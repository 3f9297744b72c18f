using DasTern.Entities;

namespace DasTern.Auditing;

/// <summary>Someone other than the patient read the patient's health data.</summary>
[AuditIgnore]
public sealed class DataAccessLog : Entity<Guid>
{
    public DataAccessLog(Guid id, DateTimeOffset accessTime, Guid readerId, Guid patientId, string resourceType, string? resourceId)
        : base(id)
    {
        AccessTime = accessTime;
        ReaderId = readerId;
        PatientId = patientId;
        ResourceType = resourceType;
        ResourceId = resourceId;
    }

    public DateTimeOffset AccessTime { get; private set; }

    public Guid ReaderId { get; private set; }

    public Guid PatientId { get; private set; }

    public string ResourceType { get; private set; }

    public string? ResourceId { get; private set; }

    public string? CorrelationId { get; set; }
}
