using System.ComponentModel.DataAnnotations;
using DasTern.Dtos;

namespace DasTern.Identity;

public sealed class UpdateIdentityRoleDto : IHasConcurrencyStampDto
{
    [Required]
    [StringLength(64)]
    [RegularExpression("^[A-Za-z][A-Za-z0-9 _-]*$")]
    public string Name { get; set; } = string.Empty;

    [Required]
    [StringLength(64)]
    public string ConcurrencyStamp { get; set; } = string.Empty;
}
