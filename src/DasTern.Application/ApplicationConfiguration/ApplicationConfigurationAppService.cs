using System.Globalization;
using DasTern.Authorization;
using DasTern.Identity;
using DasTern.Localization;
using DasTern.Security;
using DasTern.Services;
using DasTern.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace DasTern.ApplicationConfiguration;

/// <summary>
/// Built once per caller, token roles and culture and cached (see <see cref="ApplicationConfigurationCache"/>),
/// so a client polling it mostly gets a 304 (ABP computes it on every request).
/// Not an auto-API controller: the host's ApplicationConfigurationController serves this contract's
/// conventional route itself, to answer with an ETag.
/// </summary>
[AllowAnonymous]
[RemoteService(false)]
public sealed class ApplicationConfigurationAppService(
    ICurrentUser currentUser,
    ICurrentPrincipalAccessor principalAccessor,
    IPermissionChecker permissionChecker,
    UserManager<AppUser> userManager,
    ApplicationConfigurationCache cache) : IApplicationConfigurationAppService
{
    public async Task<ApplicationConfigurationDto> GetAsync()
    {
        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var caller = currentUser.Id?.ToString() ?? (currentUser.ClientId is { } client ? "client:" + client : "anonymous");
        return await cache.GetOrCreateAsync(
            caller,
            currentUser.Id,
            currentUser.Roles,
            culture,
            (service: this, culture),
            static async (state, _) => await state.service.BuildAsync(state.culture));
    }

    private async Task<ApplicationConfigurationDto> BuildAsync(string culture)
    {
        var user = currentUser.Id is { } id ? await userManager.FindByIdAsync(id.ToString()) : null;
        var granted = await permissionChecker.GetGrantedAsync(principalAccessor.Principal);
        return new ApplicationConfigurationDto
        {
            CurrentUser = new CurrentUserDto
            {
                IsAuthenticated = currentUser.IsAuthenticated,
                Id = user?.Id,
                UserName = user?.UserName ?? currentUser.UserName,
                Email = user?.Email,
                FirstName = user?.FirstName,
                LastName = user?.LastName,
                Language = user?.Language,
                Roles = currentUser.Roles,
            },
            GrantedPermissions = granted.Order(StringComparer.Ordinal).ToList(),
            Localization = new LocalizationConfigurationDto { Languages = SupportedLanguages.All, CurrentCulture = culture },
            TimeZone = user?.TimeZone ?? UserConsts.DefaultTimeZone,
        };
    }
}
