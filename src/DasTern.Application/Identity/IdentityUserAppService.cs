using DasTern.Account;
using DasTern.ApplicationConfiguration;
using DasTern.Dtos;
using DasTern.Emailing;
using DasTern.ExceptionHandling;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace DasTern.Identity;

[Authorize(IdentityPermissions.Users.Default)]
public sealed class IdentityUserAppService(
    UserManager<AppUser> userManager,
    RoleManager<AppRole> roleManager,
    IAppUserRepository users,
    UserContactChecker contacts,
    UserSessionRevoker sessions,
    PrivilegeCeiling privileges,
    IEmailQueue emails,
    ApplicationConfigurationCache configurationCache,
    TimeProvider timeProvider) : IIdentityUserAppService
{
    public async Task<PagedResultDto<IdentityUserDto>> GetListAsync(GetIdentityUsersInput input)
    {
        var (totalCount, items) = await users.GetPagedListAsync(new UserListQuery(
            input.Filter?.Trim(), input.Role, input.IsActive, input.DoctorStatus, UserListQuery.Sorting.Parse(input.Sorting), input.SkipCount, input.MaxResultCount));
        var roles = await users.GetRoleNamesAsync(items.Select(user => user.Id).ToList());
        return new PagedResultDto<IdentityUserDto>(totalCount, items.Select(user => user.ToIdentityUserDto(roles.GetValueOrDefault(user.Id) ?? [])).ToList());
    }

    public async Task<IdentityUserDto> GetAsync(Guid id) => await ToDtoAsync(await FindAsync(id));

    [Authorize(IdentityPermissions.Users.Create)]
    public async Task<IdentityUserDto> CreateAsync(CreateIdentityUserDto input)
    {
        var email = EmailAddresses.Canonicalize(input.Email);
        await contacts.EnsureEmailFreeAsync(email);

        var user = new AppUser(email, email, timeProvider.GetUtcNow())
        {
            PhoneNumber = await contacts.NormalizeFreePhoneNumberAsync(input.PhoneNumber, exceptUserId: null),
            EmailConfirmed = true,
        };
        user.SetName(input.FirstName, input.LastName);
        var roles = await FindRolesAsync(input.Roles);
        await privileges.EnsureCanAssignAsync(roles);
        IdentityResults.ThrowIfFailed(await userManager.CreateAsync(user, input.Password));
        IdentityResults.ThrowIfFailed(await userManager.AddToRolesAsync(user, roles));
        return await ToDtoAsync(user);
    }

    [Authorize(IdentityPermissions.Users.Update)]
    public async Task<IdentityUserDto> UpdateAsync(Guid id, UpdateIdentityUserDto input)
    {
        var user = await FindAsync(id);
        user.ExpectConcurrencyStamp(input.ConcurrencyStamp);

        await privileges.EnsureCanManageAsync(user);
        user.SetName(input.FirstName, input.LastName);
        user.PhoneNumber = await contacts.NormalizeFreePhoneNumberAsync(input.PhoneNumber, user.Id);
        IdentityResults.ThrowIfFailed(await userManager.UpdateAsync(user));
        configurationCache.DropAfterCommit(user.Id);
        return await ToDtoAsync(user);
    }

    [Authorize(IdentityPermissions.Users.Update)]
    public async Task DeactivateAsync(Guid id)
    {
        var user = await FindAsync(id);
        await privileges.EnsureCanDisableAsync(user);
        user.Deactivate();
        IdentityResults.ThrowIfFailed(await userManager.UpdateAsync(user));
        IdentityResults.ThrowIfFailed(await userManager.UpdateSecurityStampAsync(user));
        await sessions.RevokeAllAsync(user.Id);
        configurationCache.DropAfterCommit(user.Id);
    }

    [Authorize(IdentityPermissions.Users.Update)]
    public async Task ActivateAsync(Guid id)
    {
        var user = await FindAsync(id);
        await privileges.EnsureCanManageAsync(user);
        user.Activate();
        IdentityResults.ThrowIfFailed(await userManager.UpdateAsync(user));
        configurationCache.DropAfterCommit(user.Id);
    }

    [Authorize(IdentityPermissions.Users.Update)]
    public async Task LockAsync(Guid id, LockIdentityUserDto input)
    {
        var user = await FindAsync(id);
        await privileges.EnsureCanDisableAsync(user);
        IdentityResults.ThrowIfFailed(await userManager.SetLockoutEnabledAsync(user, true));
        IdentityResults.ThrowIfFailed(await userManager.SetLockoutEndDateAsync(user, input.Until ?? DateTimeOffset.MaxValue));
        await sessions.RevokeAllAsync(user.Id);
    }

    [Authorize(IdentityPermissions.Users.Update)]
    public async Task UnlockAsync(Guid id)
    {
        var user = await FindAsync(id);
        await privileges.EnsureCanManageAsync(user);
        IdentityResults.ThrowIfFailed(await userManager.SetLockoutEndDateAsync(user, null));
        IdentityResults.ThrowIfFailed(await userManager.ResetAccessFailedCountAsync(user));
    }

    [Authorize(IdentityPermissions.Users.Update)]
    public async Task<IdentityUserDto> UpdateRolesAsync(Guid id, UpdateIdentityUserRolesDto input)
    {
        var user = await FindAsync(id);
        var wanted = await FindRolesAsync(input.Roles);
        var current = await userManager.GetRolesAsync(user);
        var added = wanted.Except(current).ToList();
        var removed = current.Except(wanted).ToList();
        await privileges.EnsureCanChangeRolesAsync(user, added, removed);
        IdentityResults.ThrowIfFailed(await userManager.RemoveFromRolesAsync(user, removed));
        IdentityResults.ThrowIfFailed(await userManager.AddToRolesAsync(user, added));
        if (removed.Count > 0)
        {
            // Tokens carry the roles they were issued with: a removed role must not outlive this call.
            // An added one arrives with the next token.
            await sessions.RevokeAllAsync(user.Id);
        }

        configurationCache.DropAfterCommit(user.Id);
        return await ToDtoAsync(user);
    }

    [Authorize(IdentityPermissions.Users.VerifyDoctors)]
    public async Task<IdentityUserDto> VerifyDoctorAsync(Guid id, VerifyDoctorDto input)
    {
        var user = await FindAsync(id);
        if (user.DoctorStatus != DoctorVerificationStatus.Pending)
        {
            throw new BusinessException(IdentityErrorCodes.NotAPendingDoctor);
        }

        await privileges.EnsureCanChangeRolesAsync(user, input.Approve ? [RoleNames.Doctor] : [], []);

        user.DecideDoctorApplication(input.Approve);
        IdentityResults.ThrowIfFailed(await userManager.UpdateAsync(user));
        if (input.Approve)
        {
            IdentityResults.ThrowIfFailed(await userManager.AddToRoleAsync(user, RoleNames.Doctor));
            await emails.EnqueueAsync(new QueuedEmail(user.Email!, EmailTemplate.DoctorVerified, user.Language, new() { ["LastName"] = user.LastName ?? string.Empty }));
        }
        else
        {
            // A rejected application cannot sign in; the sessions of the pending account end now.
            await sessions.RevokeAllAsync(user.Id);
        }

        configurationCache.DropAfterCommit(user.Id);
        return await ToDtoAsync(user);
    }

    private async Task<AppUser> FindAsync(Guid id) =>
        await userManager.FindByIdAsync(id.ToString()) ?? throw new EntityNotFoundException(typeof(AppUser), id);

    private async Task<IdentityUserDto> ToDtoAsync(AppUser user) => user.ToIdentityUserDto(await userManager.GetRolesAsync(user));

    /// <summary>The roles by their exact names: grants and tokens use those, while Identity finds a role in any letter case.</summary>
    private async Task<List<string>> FindRolesAsync(IEnumerable<string> names)
    {
        var roles = new List<string>();
        foreach (var name in names)
        {
            var role = await roleManager.FindByNameAsync(name)
                ?? throw new BusinessException(IdentityErrorCodes.UnknownRole, httpStatusCode: 400).WithData("Name", name);
            roles.Add(role.Name!);
        }

        return roles.Distinct().ToList();
    }
}
