namespace DasTern.Authorization.Permissions;

public sealed class PermissionDefinitionContext
{
    private readonly List<PermissionGroupDefinition> _groups = [];

    public IReadOnlyList<PermissionGroupDefinition> Groups => _groups;

    public PermissionGroupDefinition AddGroup(string name, string displayName)
    {
        if (_groups.Any(group => group.Name == name))
        {
            throw new InvalidOperationException($"Permission group '{name}' is defined twice.");
        }

        var group = new PermissionGroupDefinition(name, displayName);
        _groups.Add(group);
        return group;
    }
}
