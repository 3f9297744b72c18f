namespace DasTern.Authorization.Permissions;

public sealed class PermissionDefinitionContext
{
    private readonly List<PermissionGroupDefinition> _groups = [];

    public IReadOnlyList<PermissionGroupDefinition> Groups => _groups;

    /// <summary>Adds the group, or returns it when another provider added it already (features share the application's group).</summary>
    public PermissionGroupDefinition AddGroup(string name, string displayName)
    {
        var existing = _groups.Find(group => group.Name == name);
        if (existing is not null)
        {
            return existing.DisplayName == displayName
                ? existing
                : throw new InvalidOperationException($"Permission group '{name}' is defined twice with different display names ('{existing.DisplayName}', '{displayName}').");
        }

        var group = new PermissionGroupDefinition(name, displayName);
        _groups.Add(group);
        return group;
    }
}
