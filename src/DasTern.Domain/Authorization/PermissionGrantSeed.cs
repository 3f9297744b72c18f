namespace DasTern.Authorization;

/// <summary>
/// Remembers that a default grant was seeded once, so a later migrator run does not bring back a
/// grant an administrator has since revoked.
/// </summary>
public sealed class PermissionGrantSeed(Guid id, string name, string providerName, string providerKey)
    : PermissionGrantRecord(id, name, providerName, providerKey);
