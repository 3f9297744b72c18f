using System.Globalization;
using DasTern.Authorization;
using DasTern.Identity;
using DasTern.Localization;
using DasTern.Security;
using DasTern.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Hybrid;

namespace DasTern.ApplicationConfiguration;

/// <summary>
/// Built once per caller and culture and cached; dropped whenever permission grants change, so a
/// client polling it mostly gets a 304 (ABP computes it on every request).
/// </summary>
[AllowAnonymous]
public sealed class ApplicationConfigurationAppService(
    ICurrentUser currentUser,
    ICurrentPrincipalAccessor principalAccessor,
    IPermissionChecker permissionChecker,
    UserManager<AppUser> userManager,
    HybridCache cache) : IApplicationConfigurationAppService
{
    private static readonly HybridCacheEntryOptions EntryOptions = new()
    {
        Expiration = TimeSpan.FromMinutes(30),
        LocalCacheExpiration = TimeSpan.FromMinutes(5),
    };

    private static readonly string[] Tags = [PermissionStore.GrantsTag];

    public async Task<ApplicationConfigurationDto> GetAsync()
    {
        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var caller = currentUser.Id?.ToString() ?? (currentUser.ClientId is { } client ? "client:" + client : "anonymous");
        return await cache.GetOrCreateAsync(
            $"app-config:{caller}:{culture}",
            (service: this, culture),
            static async (state, _) => await state.service.BuildAsync(state.culture),
            EntryOptions,
            Tags);
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
