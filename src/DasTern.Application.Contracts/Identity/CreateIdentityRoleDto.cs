using System.ComponentModel.DataAnnotations;

namespace DasTern.Identity;

public sealed class CreateIdentityRoleDto
{
    [Required]
    [StringLength(64)]
    [RegularExpression("^[A-Za-z][A-Za-z0-9 _-]*$")]
    public string Name { get; set; } = string.Empty;
}
