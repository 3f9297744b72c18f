namespace DasTern.Auditing;

/// <summary>Called by the clinical modules whenever health data is read, so a patient can see who looked.</summary>
public interface IHealthDataAccessRecorder
{
    /// <summary>Records the read unless the reader is the patient; saved with the request's unit of work.</summary>
    Task RecordAsync(Guid patientId, string resourceType, string? resourceId, CancellationToken cancellationToken = default);
}
