using DasTern.Entities;

namespace DasTern.Authorization;

/// <summary>
/// Remembers that a default grant was seeded once, so a later migrator run does not bring back a
/// grant an administrator has since revoked.
/// </summary>
public sealed class PermissionGrantSeed : Entity<Guid>
{
    public PermissionGrantSeed(Guid id, string name, string providerName, string providerKey)
        : base(id)
    {
        Name = name;
        ProviderName = providerName;
        ProviderKey = providerKey;
    }

    public string Name { get; private set; }

    public string ProviderName { get; private set; }

    public string ProviderKey { get; private set; }
}
