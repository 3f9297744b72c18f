namespace DasTern.Authorization.Permissions;

/// <summary>Implemented once per module (in Application.Contracts) to declare its permissions.</summary>
public interface IPermissionDefinitionProvider
{
    void Define(PermissionDefinitionContext context);
}
