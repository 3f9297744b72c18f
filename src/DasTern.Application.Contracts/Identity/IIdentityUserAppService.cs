using DasTern.Dtos;
using DasTern.Services;

namespace DasTern.Identity;

/// <summary>User administration: list, create, edit, deactivate, lock, unlock, assign roles, verify doctors.</summary>
[RemoteService(RootPath = "identity", Name = "users")]
public interface IIdentityUserAppService : IApplicationService
{
    Task<PagedResultDto<IdentityUserDto>> GetListAsync(GetIdentityUsersInput input);

    Task<IdentityUserDto> GetAsync(Guid id);

    Task<IdentityUserDto> CreateAsync(CreateIdentityUserDto input);

    Task<IdentityUserDto> UpdateAsync(Guid id, UpdateIdentityUserDto input);

    /// <summary>The user can no longer sign in or refresh; their refresh tokens are revoked.</summary>
    Task DeactivateAsync(Guid id);

    Task ActivateAsync(Guid id);

    Task LockAsync(Guid id, LockIdentityUserDto input);

    Task UnlockAsync(Guid id);

    Task<IdentityUserDto> UpdateRolesAsync(Guid id, UpdateIdentityUserRolesDto input);

    /// <summary>Approves (Doctor role, email) or rejects a pending doctor.</summary>
    Task<IdentityUserDto> VerifyDoctorAsync(Guid id, VerifyDoctorDto input);
}
