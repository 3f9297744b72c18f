namespace DasTern.Authorization;

/// <summary>One granted permission for one role, user or client. No row means not granted.</summary>
public sealed class PermissionGrant(Guid id, string name, string providerName, string providerKey)
    : PermissionGrantRecord(id, name, providerName, providerKey);
