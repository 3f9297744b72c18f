using System.ComponentModel.DataAnnotations;

namespace DasTern.Identity;

public sealed class UpdateIdentityUserRolesDto
{
    /// <summary>The user's complete set of roles after the call.</summary>
    [Required]
    [MaxLength(10)]
    public List<string> Roles { get; set; } = [];
}
