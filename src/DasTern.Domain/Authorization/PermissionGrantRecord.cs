using DasTern.Entities;

namespace DasTern.Authorization;

/// <summary>A permission name for one provider and key: the shape of a grant and of a seeding record.</summary>
public abstract class PermissionGrantRecord : Entity<Guid>
{
    protected PermissionGrantRecord(Guid id, string name, string providerName, string providerKey)
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
