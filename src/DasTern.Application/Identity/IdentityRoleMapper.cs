using Riok.Mapperly.Abstractions;

namespace DasTern.Identity;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class IdentityRoleMapper
{
    public static partial IdentityRoleDto ToDto(this AppRole role);
}
