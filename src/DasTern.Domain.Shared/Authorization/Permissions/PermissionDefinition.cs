namespace DasTern.Authorization.Permissions;

/// <summary>A named permission. Parents group permissions for display and granting; a check asks only for the name itself.</summary>
public sealed class PermissionDefinition
{
    private readonly List<PermissionDefinition> _children = [];
    private readonly List<string> _defaultRoles = [];

    internal PermissionDefinition(string name, string displayName, PermissionDefinition? parent)
    {
        Name = name;
        DisplayName = displayName;
        Parent = parent;
    }

    public string Name { get; }

    /// <summary>Localization key of the display name.</summary>
    public string DisplayName { get; }

    public PermissionDefinition? Parent { get; }

    public IReadOnlyList<PermissionDefinition> Children => _children;

    /// <summary>Roles that receive this permission when the database is first seeded.</summary>
    public IReadOnlyList<string> DefaultRoles => _defaultRoles;

    public PermissionDefinition AddChild(string name, string displayName)
    {
        var child = new PermissionDefinition(name, displayName, this);
        _children.Add(child);
        return child;
    }

    public PermissionDefinition GrantByDefaultTo(params string[] roles)
    {
        _defaultRoles.AddRange(roles.Except(_defaultRoles));
        return this;
    }
}
