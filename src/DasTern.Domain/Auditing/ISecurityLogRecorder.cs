namespace DasTern.Auditing;

/// <summary>Records a sign-in related event with the request's client, address and user agent, in a write of its own.</summary>
public interface ISecurityLogRecorder
{
    Task RecordAsync(SecurityLogAction action, Guid? userId, string? userName, string? clientId = null, string? detail = null);
}
