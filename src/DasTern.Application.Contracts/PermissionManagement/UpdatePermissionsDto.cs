using System.ComponentModel.DataAnnotations;

namespace DasTern.PermissionManagement;

public sealed class UpdatePermissionsDto
{
    [Required]
    [MaxLength(500)]
    public List<UpdatePermissionDto> Permissions { get; set; } = [];
}
