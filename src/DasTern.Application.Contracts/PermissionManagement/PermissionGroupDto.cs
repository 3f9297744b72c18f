namespace DasTern.PermissionManagement;

public sealed class PermissionGroupDto
{
    public string Name { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

    public IReadOnlyList<PermissionGrantInfoDto> Permissions { get; set; } = [];
}
