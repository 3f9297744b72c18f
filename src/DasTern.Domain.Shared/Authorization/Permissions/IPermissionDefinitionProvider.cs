namespace DasTern.Authorization.Permissions;

/// <summary>Implemented once per feature (in its Application.Contracts folder) to declare its permissions; found by convention.</summary>
public interface IPermissionDefinitionProvider
{
    /// <summary>
    /// Where the provider's groups come in the permission list, lowest first; providers of equal order
    /// run by type name. Clients show the list as it comes, so the order must not depend on how the
    /// compiler happened to lay out the types. Features of the application group keep the default.
    /// </summary>
    int Order => 0;

    void Define(PermissionDefinitionContext context);
}
