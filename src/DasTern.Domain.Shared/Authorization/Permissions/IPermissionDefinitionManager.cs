namespace DasTern.Authorization.Permissions;

public interface IPermissionDefinitionManager
{
    IReadOnlyList<PermissionGroupDefinition> Groups { get; }

    IReadOnlyList<PermissionDefinition> All { get; }

    PermissionDefinition? Find(string name);
}
