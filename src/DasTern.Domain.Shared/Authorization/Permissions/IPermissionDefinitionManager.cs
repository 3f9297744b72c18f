namespace DasTern.Authorization.Permissions;

public interface IPermissionDefinitionManager
{
    IReadOnlyList<PermissionGroupDefinition> Groups { get; }

    IReadOnlyList<PermissionDefinition> All { get; }

    PermissionDefinition? Find(string name);

    /// <summary>Changes whenever the set of defined permissions does: a release that adds one must not read grants cached before it.</summary>
    string Version { get; }
}
