namespace DasTern.PermissionManagement;

public sealed class PermissionGrantInfoDto
{
    public string Name { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

    public string? ParentName { get; set; }

    /// <summary>Granted to exactly this provider and key (role grants do not show on a user).</summary>
    public bool IsGranted { get; set; }
}
