namespace DasTern.Authorization.Permissions;

/// <summary>Who a grant is for: a role (key = role name), a user (key = user id) or a client (key = client id).</summary>
public static class PermissionProviderNames
{
    public const string Role = "R";
    public const string User = "U";
    public const string Client = "C";

    public static readonly IReadOnlyList<string> All = [Role, User, Client];
}
