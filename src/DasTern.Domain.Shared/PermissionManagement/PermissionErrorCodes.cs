namespace DasTern.PermissionManagement;

/// <summary>Stable error codes of permission management, sent to clients in the problem-details <c>code</c> member.</summary>
public static class PermissionErrorCodes
{
    public const string Unknown = "DasTern:Permission:Unknown";
    public const string ProviderUnknown = "DasTern:Permission:ProviderUnknown";
    public const string ProviderKeyUnknown = "DasTern:Permission:ProviderKeyUnknown";
}
