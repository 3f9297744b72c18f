using DasTern.Dtos;

namespace DasTern.Identity;

public sealed class IdentityRoleDto : IHasConcurrencyStampDto
{
    public Guid Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public bool IsStatic { get; set; }

    public string ConcurrencyStamp { get; set; } = string.Empty;
}
