using DasTern.Services;

namespace DasTern.Account;

[RemoteService(RootPath = "account", Name = "")]
public interface ISessionAppService : IApplicationService
{
    /// <summary>Ends this session: its refresh token is revoked and its access token refused by every instance from now on.</summary>
    Task LogoutAsync();
}
