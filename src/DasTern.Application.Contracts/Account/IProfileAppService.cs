using DasTern.Services;

namespace DasTern.Account;

/// <summary>The signed-in user's own profile and password.</summary>
[RemoteService(RootPath = "account", Name = "my-profile")]
public interface IProfileAppService : IApplicationService
{
    Task<ProfileDto> GetAsync();

    Task<ProfileDto> UpdateAsync(UpdateProfileDto input);

    Task ChangePasswordAsync(ChangePasswordDto input);
}
