namespace DasTern.PermissionManagement;

public sealed class GetPermissionListResultDto
{
    public string ProviderName { get; set; } = string.Empty;

    public string ProviderKey { get; set; } = string.Empty;

    public IReadOnlyList<PermissionGroupDto> Groups { get; set; } = [];
}
