namespace DasTern.Authorization.Permissions;

public sealed class PermissionGroupDefinition
{
    private readonly List<PermissionDefinition> _permissions = [];

    internal PermissionGroupDefinition(string name, string displayName)
    {
        Name = name;
        DisplayName = displayName;
    }

    public string Name { get; }

    /// <summary>Localization key of the display name.</summary>
    public string DisplayName { get; }

    /// <summary>Top-level permissions of the group; children hang below them.</summary>
    public IReadOnlyList<PermissionDefinition> Permissions => _permissions;

    public PermissionDefinition AddPermission(string name, string displayName)
    {
        var permission = new PermissionDefinition(name, displayName, parent: null);
        _permissions.Add(permission);
        return permission;
    }

    /// <summary>Every permission of the group, parents before their children.</summary>
    public IEnumerable<PermissionDefinition> Flatten()
    {
        foreach (var permission in _permissions)
        {
            foreach (var item in Walk(permission))
            {
                yield return item;
            }
        }
    }

    private static IEnumerable<PermissionDefinition> Walk(PermissionDefinition permission)
    {
        yield return permission;
        foreach (var child in permission.Children.SelectMany(Walk))
        {
            yield return child;
        }
    }
}
