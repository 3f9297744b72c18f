using DasTern.Entities;

namespace DasTern.Authorization;

/// <summary>One granted permission for one role, user or client. No row means not granted.</summary>
public sealed class PermissionGrant : Entity<Guid>
{
    public PermissionGrant(Guid id, string name, string providerName, string providerKey)
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
