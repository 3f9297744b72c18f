using DasTern.Dtos;
using DasTern.Services;

namespace DasTern.Identity;

/// <summary>Roles: the four built-in ones cannot be renamed or deleted.</summary>
[RemoteService(RootPath = "identity", Name = "roles")]
public interface IIdentityRoleAppService : IApplicationService
{
    Task<ListResultDto<IdentityRoleDto>> GetListAsync();

    Task<IdentityRoleDto> CreateAsync(CreateIdentityRoleDto input);

    Task<IdentityRoleDto> UpdateAsync(Guid id, UpdateIdentityRoleDto input);

    Task DeleteAsync(Guid id);
}
