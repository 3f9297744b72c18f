using System.ComponentModel.DataAnnotations;

namespace DasTern.PermissionManagement;

public sealed class UpdatePermissionDto
{
    [Required]
    [StringLength(128)]
    public string Name { get; set; } = string.Empty;

    public bool IsGranted { get; set; }
}
