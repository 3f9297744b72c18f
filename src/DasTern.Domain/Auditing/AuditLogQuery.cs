namespace DasTern.Auditing;

public sealed record AuditLogQuery(
    Guid? UserId,
    DateTimeOffset? From,
    DateTimeOffset? To,
    string? HttpMethod,
    string? Url,
    int? StatusCode,
    string? CorrelationId,
    int SkipCount,
    int MaxResultCount);
