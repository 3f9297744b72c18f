using DasTern.Account;
using DasTern.Dtos;
using DasTern.Emailing;
using DasTern.ExceptionHandling;
using DasTern.Permissions;
using DasTern.Sorting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace DasTern.Identity;

[Authorize(DasTernPermissions.Identity.Users.Default)]
public sealed class IdentityUserAppService(
    UserManager<AppUser> userManager,
    RoleManager<AppRole> roleManager,
    IAppUserRepository users,
    UserContactChecker contacts,
    UserSessionRevoker sessions,
    IEmailQueue emails,
    TimeProvider timeProvider) : IIdentityUserAppService
{
    private static readonly Dictionary<string, UserSortField> SortFields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["email"] = UserSortField.Email,
        ["creationTime"] = UserSortField.CreationTime,
        ["lastName"] = UserSortField.LastName,
    };

    public async Task<PagedResultDto<IdentityUserDto>> GetListAsync(GetIdentityUsersInput input)
    {
        var (field, descending) = SortingParser.Parse(input.Sorting, SortFields, UserSortField.Email);
        var (totalCount, items) = await users.GetPagedListAsync(new UserListQuery(
            input.Filter?.Trim(), input.Role, input.IsActive, input.DoctorStatus, field, descending, input.SkipCount, input.MaxResultCount));
        var roles = await users.GetRoleNamesAsync(items.Select(user => user.Id).ToList());
        return new PagedResultDto<IdentityUserDto>(totalCount, items.Select(user => user.ToIdentityUserDto(roles.GetValueOrDefault(user.Id) ?? [])).ToList());
    }

    public async Task<IdentityUserDto> GetAsync(Guid id) => await ToDtoAsync(await FindAsync(id));

    [Authorize(DasTernPermissions.Identity.Users.Create)]
    public async Task<IdentityUserDto> CreateAsync(CreateIdentityUserDto input)
    {
        var email = EmailAddresses.Canonicalize(input.Email);
        await contacts.EnsureEmailFreeAsync(email);

        var user = new AppUser(email, email)
        {
            FirstName = input.FirstName.Trim(),
            LastName = input.LastName.Trim(),
            PhoneNumber = await contacts.NormalizeFreePhoneNumberAsync(input.PhoneNumber, exceptUserId: null),
            EmailConfirmed = true,
            CreationTime = timeProvider.GetUtcNow(),
        };
        await EnsureRolesExistAsync(input.Roles);
        IdentityResults.ThrowIfFailed(await userManager.CreateAsync(user, input.Password));
        IdentityResults.ThrowIfFailed(await userManager.AddToRolesAsync(user, input.Roles.Distinct()));
        return await ToDtoAsync(user);
    }

    [Authorize(DasTernPermissions.Identity.Users.Update)]
    public async Task<IdentityUserDto> UpdateAsync(Guid id, UpdateIdentityUserDto input)
    {
        var user = await FindAsync(id);
        if (user.ConcurrencyStamp != input.ConcurrencyStamp)
        {
            throw new ConcurrencyConflictException();
        }

        user.FirstName = input.FirstName.Trim();
        user.LastName = input.LastName.Trim();
        user.PhoneNumber = await contacts.NormalizeFreePhoneNumberAsync(input.PhoneNumber, user.Id);
        IdentityResults.ThrowIfFailed(await userManager.UpdateAsync(user));
        return await ToDtoAsync(user);
    }

    [Authorize(DasTernPermissions.Identity.Users.Update)]
    public async Task DeactivateAsync(Guid id)
    {
        var user = await FindAsync(id);
        user.IsActive = false;
        IdentityResults.ThrowIfFailed(await userManager.UpdateAsync(user));
        IdentityResults.ThrowIfFailed(await userManager.UpdateSecurityStampAsync(user));
        await sessions.RevokeAllAsync(user.Id);
    }

    [Authorize(DasTernPermissions.Identity.Users.Update)]
    public async Task ActivateAsync(Guid id)
    {
        var user = await FindAsync(id);
        user.IsActive = true;
        IdentityResults.ThrowIfFailed(await userManager.UpdateAsync(user));
    }

    [Authorize(DasTernPermissions.Identity.Users.Update)]
    public async Task LockAsync(Guid id, LockIdentityUserDto input)
    {
        var user = await FindAsync(id);
        IdentityResults.ThrowIfFailed(await userManager.SetLockoutEnabledAsync(user, true));
        IdentityResults.ThrowIfFailed(await userManager.SetLockoutEndDateAsync(user, input.Until ?? DateTimeOffset.MaxValue));
        await sessions.RevokeAllAsync(user.Id);
    }

    [Authorize(DasTernPermissions.Identity.Users.Update)]
    public async Task UnlockAsync(Guid id)
    {
        var user = await FindAsync(id);
        IdentityResults.ThrowIfFailed(await userManager.SetLockoutEndDateAsync(user, null));
        IdentityResults.ThrowIfFailed(await userManager.ResetAccessFailedCountAsync(user));
    }

    [Authorize(DasTernPermissions.Identity.Users.Update)]
    public async Task<IdentityUserDto> UpdateRolesAsync(Guid id, UpdateIdentityUserRolesDto input)
    {
        var user = await FindAsync(id);
        await EnsureRolesExistAsync(input.Roles);
        var current = await userManager.GetRolesAsync(user);
        var wanted = input.Roles.Distinct().ToList();
        var removed = current.Except(wanted).ToList();
        IdentityResults.ThrowIfFailed(await userManager.RemoveFromRolesAsync(user, removed));
        IdentityResults.ThrowIfFailed(await userManager.AddToRolesAsync(user, wanted.Except(current)));
        if (removed.Count > 0)
        {
            // Tokens carry the roles they were issued with: a removed role must not outlive this call.
            // An added one arrives with the next token.
            await sessions.RevokeAllAsync(user.Id);
        }

        return await ToDtoAsync(user);
    }

    [Authorize(DasTernPermissions.Identity.Users.VerifyDoctors)]
    public async Task<IdentityUserDto> VerifyDoctorAsync(Guid id, VerifyDoctorDto input)
    {
        var user = await FindAsync(id);
        if (user.DoctorStatus != DoctorVerificationStatus.Pending)
        {
            throw new BusinessException(DasTernErrorCodes.IdentityNotAPendingDoctor);
        }

        user.DoctorStatus = input.Approve ? DoctorVerificationStatus.Verified : DoctorVerificationStatus.Rejected;
        IdentityResults.ThrowIfFailed(await userManager.UpdateAsync(user));
        if (input.Approve)
        {
            IdentityResults.ThrowIfFailed(await userManager.AddToRoleAsync(user, RoleNames.Doctor));
            await emails.EnqueueAsync(new QueuedEmail(user.Email!, EmailTemplate.DoctorVerified, user.Language, new() { ["LastName"] = user.LastName ?? string.Empty }));
        }

        return await ToDtoAsync(user);
    }

    private async Task<AppUser> FindAsync(Guid id) =>
        await userManager.FindByIdAsync(id.ToString()) ?? throw new EntityNotFoundException(typeof(AppUser), id);

    private async Task<IdentityUserDto> ToDtoAsync(AppUser user) => user.ToIdentityUserDto(await userManager.GetRolesAsync(user));

    private async Task EnsureRolesExistAsync(IEnumerable<string> roles)
    {
        foreach (var role in roles.Distinct())
        {
            if (!await roleManager.RoleExistsAsync(role))
            {
                throw new BusinessException(DasTernErrorCodes.IdentityUnknownRole, httpStatusCode: 400).WithData("Name", role);
            }
        }
    }
}
