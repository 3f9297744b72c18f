namespace DasTern.Auditing;

public sealed record EntityChangeQuery(
    string? EntityType,
    string? EntityId,
    Guid? UserId,
    DateTimeOffset? From,
    DateTimeOffset? To,
    int SkipCount,
    int MaxResultCount);
