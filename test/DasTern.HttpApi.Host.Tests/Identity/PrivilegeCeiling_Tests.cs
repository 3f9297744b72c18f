using DasTern.ExceptionHandling;
using DasTern.Infrastructure;
using DasTern.Medicines;
using DasTern.PermissionManagement;
using DasTern.Platform;

namespace DasTern.Identity;

/// <summary>Delegated administrators stay within what they hold; nobody raises themselves; the last admin stays.</summary>
[Collection(HostTestCollection.Name)]
public class PrivilegeCeiling_Tests(HostFixture fixture)
{
    private const string Password = "delegate orchid monsoon 7312";

    [Fact]
    public async Task Should_Keep_A_Delegated_User_Manager_Within_Its_Own_Permissions()
    {
        using var admin = fixture.Api(await fixture.TokenForAsync(RoleNames.Admin));
        var helpdesk = await CreateRoleAsync(admin, "Helpdesk", IdentityPermissions.Users.Default, IdentityPermissions.Users.Create, IdentityPermissions.Users.Update);
        var (delegateId, delegateToken) = await CreateSignedInUserAsync(admin, helpdesk);
        var (_, _, otherId) = await fixture.CreateUserAsync(role: null);
        var adminUser = await SeededAdminAsync(admin);
        var refusedEmail = $"refused-{Guid.NewGuid():N}@dastern.test";
        using var helper = fixture.Api(delegateToken);
        var users = helper.Service<IIdentityUserAppService>();

        await RefusedAsync(() => users.UpdateRolesAsync(delegateId, Roles(helpdesk, RoleNames.Admin)), 422, IdentityErrorCodes.CannotChangeOwnPrivileges);
        var otherAdmin = await RefusedAsync(() => users.UpdateRolesAsync(otherId, Roles(RoleNames.Admin)), 403, IdentityErrorCodes.BeyondOwnPermissions);
        await RefusedAsync(() => users.UpdateRolesAsync(otherId, Roles("aDMIN")), 403, IdentityErrorCodes.BeyondOwnPermissions);
        await RefusedAsync(() => CreateUserAsync(helper, refusedEmail, RoleNames.Admin), 403, IdentityErrorCodes.BeyondOwnPermissions);
        await users.UpdateRolesAsync(otherId, Roles(helpdesk));
        await RefusedAsync(() => users.LockAsync(adminUser.Id, new LockIdentityUserDto()), 403, IdentityErrorCodes.HoldsMorePermissions);
        await RefusedAsync(() => users.DeactivateAsync(adminUser.Id), 403, IdentityErrorCodes.HoldsMorePermissions);
        await RefusedAsync(
            () => users.UpdateAsync(adminUser.Id, new UpdateIdentityUserDto { FirstName = "Mallory", LastName = "X", ConcurrencyStamp = adminUser.ConcurrencyStamp }),
            403,
            IdentityErrorCodes.HoldsMorePermissions);

        otherAdmin.Values["names"].ShouldBeOfType<string>().ShouldContain(IdentityPermissions.PermissionManagement);
        (await RolesOfAsync(admin, delegateId)).ShouldBe([helpdesk]);
        (await RolesOfAsync(admin, otherId)).ShouldBe([helpdesk]);
        (await admin.Service<IIdentityUserAppService>().GetListAsync(new GetIdentityUsersInput { Filter = refusedEmail })).TotalCount.ShouldBe(0);
        (await SeededAdminAsync(admin)).FirstName.ShouldNotBe("Mallory");
    }

    [Fact]
    public async Task Should_Keep_A_Delegated_User_Permission_Manager_Within_Its_Own_Permissions()
    {
        using var admin = fixture.Api(await fixture.TokenForAsync(RoleNames.Admin));
        var grantor = await CreateRoleAsync(admin, "Grantor", IdentityPermissions.PermissionManagement, IdentityPermissions.Users.ManagePermissions);
        var (delegateId, delegateToken) = await CreateSignedInUserAsync(admin, grantor);
        var (_, _, otherId) = await fixture.CreateUserAsync(role: null);
        var adminId = (await SeededAdminAsync(admin)).Id;
        using var helper = fixture.Api(delegateToken);

        await RefusedAsync(() => SetAsync(helper, "U", delegateId.ToString(), MedicinesPermissions.Create, true), 422, IdentityErrorCodes.CannotChangeOwnPrivileges);
        var beyond = await RefusedAsync(() => SetAsync(helper, "U", otherId.ToString(), MedicinesPermissions.Create, true), 403, IdentityErrorCodes.BeyondOwnPermissions);
        await SetAsync(helper, "U", otherId.ToString(), IdentityPermissions.Users.ManagePermissions, true);
        await RefusedAsync(() => SetAsync(helper, "U", adminId.ToString(), IdentityPermissions.PermissionManagement, true), 403, IdentityErrorCodes.HoldsMorePermissions);

        beyond.Values["names"].ShouldBe(MedicinesPermissions.Create);
        (await GrantedAsync(admin, "U", delegateId.ToString())).ShouldBeEmpty();
        (await GrantedAsync(admin, "U", otherId.ToString())).ShouldBe([IdentityPermissions.Users.ManagePermissions]);
        (await GrantedAsync(admin, "U", adminId.ToString())).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_Keep_A_Delegated_Role_Manager_Within_Its_Own_Permissions()
    {
        using var admin = fixture.Api(await fixture.TokenForAsync(RoleNames.Admin));
        var keeper = await CreateRoleAsync(
            admin, "Keeper", IdentityPermissions.PermissionManagement, IdentityPermissions.Roles.Default, IdentityPermissions.Roles.Delete, IdentityPermissions.Roles.ManagePermissions);
        var (_, delegateToken) = await CreateSignedInUserAsync(admin, keeper);
        var empty = await CreateRoleAsync(admin, "Empty");
        var rich = await CreateRoleAsync(admin, "Rich", MedicinesPermissions.Create);
        using var helper = fixture.Api(delegateToken);
        var roles = helper.Service<IIdentityRoleAppService>();

        await RefusedAsync(() => SetAsync(helper, "R", keeper, IdentityPermissions.Users.ManagePermissions, true), 422, IdentityErrorCodes.CannotChangeOwnPrivileges);
        await RefusedAsync(() => SetAsync(helper, "R", empty, MedicinesPermissions.Create, true), 403, IdentityErrorCodes.BeyondOwnPermissions);
        await RefusedAsync(() => SetAsync(helper, "R", RoleNames.Admin, IdentityPermissions.Roles.ManagePermissions, false), 403, IdentityErrorCodes.HoldsMorePermissions);
        await SetAsync(helper, "R", empty, IdentityPermissions.Roles.ManagePermissions, true);
        var richId = await RoleIdAsync(admin, rich);
        await RefusedAsync(() => roles.DeleteAsync(richId), 403, IdentityErrorCodes.HoldsMorePermissions);
        var keeperId = await RoleIdAsync(admin, keeper);
        await RefusedAsync(() => roles.DeleteAsync(keeperId), 422, IdentityErrorCodes.CannotChangeOwnPrivileges);

        (await GrantedAsync(admin, "R", empty)).ShouldBe([IdentityPermissions.Roles.ManagePermissions]);
        (await GrantedAsync(admin, "R", RoleNames.Admin)).ShouldContain(IdentityPermissions.Roles.ManagePermissions);
        (await GrantedAsync(admin, "R", rich)).ShouldBe([MedicinesPermissions.Create]);
    }

    [Fact]
    public async Task Should_Not_Let_A_Doctor_Verifier_Hand_Out_Doctor_Permissions_It_Lacks()
    {
        using var admin = fixture.Api(await fixture.TokenForAsync(RoleNames.Admin));
        var verifier = await CreateRoleAsync(admin, "Verifier", IdentityPermissions.Users.Default, IdentityPermissions.Users.VerifyDoctors);
        var (_, delegateToken) = await CreateSignedInUserAsync(admin, verifier);
        var (_, _, doctorId) = await fixture.CreatePendingDoctorAsync();
        using var helper = fixture.Api(delegateToken);

        var approved = await RefusedAsync(
            () => helper.Service<IIdentityUserAppService>().VerifyDoctorAsync(doctorId, new VerifyDoctorDto { Approve = true }), 403, IdentityErrorCodes.BeyondOwnPermissions);

        approved.Values["names"].ShouldBe(MedicinesPermissions.Default);
        var doctor = await admin.Service<IIdentityUserAppService>().GetAsync(doctorId);
        doctor.DoctorStatus.ShouldBe(DoctorVerificationStatus.Pending);
        doctor.Roles.ShouldNotContain(RoleNames.Doctor);
    }

    [Fact]
    public async Task Should_Let_The_Admin_Manage_Other_Admins_But_Not_Its_Own_Privileges()
    {
        using var admin = fixture.Api(await fixture.TokenForAsync(RoleNames.Admin));
        var users = admin.Service<IIdentityUserAppService>();
        var adminId = (await SeededAdminAsync(admin)).Id;
        var otherAdminId = (await CreateUserAsync(admin, $"admin-{Guid.NewGuid():N}@dastern.test", RoleNames.Admin)).Id;

        await RefusedAsync(() => users.UpdateRolesAsync(adminId, Roles(RoleNames.Admin, RoleNames.Patient)), 422, IdentityErrorCodes.CannotChangeOwnPrivileges);
        await RefusedAsync(() => SetAsync(admin, "U", adminId.ToString(), MedicinesPermissions.Create, true), 422, IdentityErrorCodes.CannotChangeOwnPrivileges);
        await RefusedAsync(() => SetAsync(admin, "R", RoleNames.Admin, PlatformPermissions.HangfireDashboard, false), 422, IdentityErrorCodes.CannotChangeOwnPrivileges);
        await users.LockAsync(otherAdminId, new LockIdentityUserDto());
        await users.UnlockAsync(otherAdminId);
        await users.DeactivateAsync(otherAdminId);
        await users.ActivateAsync(otherAdminId);
        await SetAsync(admin, "U", otherAdminId.ToString(), MedicinesPermissions.Create, true);
        await users.UpdateRolesAsync(otherAdminId, Roles(RoleNames.Patient));

        (await RolesOfAsync(admin, adminId)).ShouldBe([RoleNames.Admin]);
        (await GrantedAsync(admin, "R", RoleNames.Admin)).ShouldContain(PlatformPermissions.HangfireDashboard);
    }

    /// <summary>On a database of its own: elsewhere, other tests' admins would count as the remaining ones.</summary>
    [Fact]
    public async Task Should_Keep_The_Last_Active_Admin()
    {
        var own = new HostFixture();
        await own.InitializeAsync();
        try
        {
            using var admin = own.Api(await own.TokenForAsync(RoleNames.Admin));
            var adminId = (await SeededAdminAsync(admin)).Id;
            var (rootEmail, rootPassword, rootId) = await own.CreateUserAsync(role: null);
            var every = (await GrantsAsync(admin, "U", rootId.ToString())).Select(permission => permission.Name);
            await admin.Service<IPermissionAppService>().UpdateAsync("U", rootId.ToString(), Grant(every, isGranted: true));
            using var root = own.Api(await TokenClient.AccessTokenAsync(own.Client(), rootEmail, rootPassword));
            var users = root.Service<IIdentityUserAppService>();
            static Task LastAdminAsync(Func<Task> call) => RefusedAsync(call, 422, IdentityErrorCodes.LastAdmin);

            await LastAdminAsync(() => admin.Service<IIdentityUserAppService>().DeactivateAsync(adminId));
            await LastAdminAsync(() => users.UpdateRolesAsync(adminId, Roles()));
            await LastAdminAsync(() => users.DeactivateAsync(adminId));
            await LastAdminAsync(() => users.LockAsync(adminId, new LockIdentityUserDto()));
            var secondId = (await CreateUserAsync(root, $"second-{Guid.NewGuid():N}@dastern.test", RoleNames.Admin)).Id;
            await users.DeactivateAsync(adminId);
            await LastAdminAsync(() => users.LockAsync(secondId, new LockIdentityUserDto()));
            await users.ActivateAsync(adminId);
            await users.LockAsync(adminId, new LockIdentityUserDto());
            await LastAdminAsync(() => users.UpdateRolesAsync(secondId, Roles()));
            await users.UnlockAsync(adminId);
            await users.UpdateRolesAsync(secondId, Roles());

            (await RolesOfAsync(root, adminId)).ShouldBe([RoleNames.Admin]);
            (await RolesOfAsync(root, secondId)).ShouldBeEmpty();
        }
        finally
        {
            await own.DisposeAsync();
        }
    }

    private static Task<BusinessException> RefusedAsync(Func<Task> call, int status, string code) =>
        RemoteFailure.ShouldThrowAsync<BusinessException>(call, status, code);

    private static UpdateIdentityUserRolesDto Roles(params string[] roles) => new() { Roles = [.. roles] };

    private static UpdatePermissionsDto Grant(IEnumerable<string> permissions, bool isGranted) =>
        new() { Permissions = [.. permissions.Select(permission => new UpdatePermissionDto { Name = permission, IsGranted = isGranted })] };

    /// <summary>A new role (unique name) holding exactly <paramref name="permissions"/>.</summary>
    private static async Task<string> CreateRoleAsync(ApiClient admin, string prefix, params string[] permissions)
    {
        var name = $"{prefix}{Guid.NewGuid():N}"[..24];
        await admin.Service<IIdentityRoleAppService>().CreateAsync(new CreateIdentityRoleDto { Name = name });
        await admin.Service<IPermissionAppService>().UpdateAsync("R", name, Grant(permissions, isGranted: true));
        return name;
    }

    private async Task<(Guid Id, string AccessToken)> CreateSignedInUserAsync(ApiClient admin, string role)
    {
        var email = $"delegate-{Guid.NewGuid():N}@dastern.test";
        var id = (await CreateUserAsync(admin, email, role)).Id;
        return (id, await TokenClient.AccessTokenAsync(fixture.Client(), email, Password));
    }

    private static Task<IdentityUserDto> CreateUserAsync(ApiClient caller, string email, string role) =>
        caller.Service<IIdentityUserAppService>().CreateAsync(new CreateIdentityUserDto
        {
            Email = email,
            Password = Password,
            FirstName = "Sok",
            LastName = "Dara",
            Roles = [role],
        });

    private static async Task<IdentityUserDto> SeededAdminAsync(ApiClient admin) =>
        (await admin.Service<IIdentityUserAppService>().GetListAsync(new GetIdentityUsersInput { Filter = TestSettings.AdminEmail })).Items.Single();

    private static async Task<IReadOnlyList<string>> RolesOfAsync(ApiClient admin, Guid id) =>
        (await admin.Service<IIdentityUserAppService>().GetAsync(id)).Roles;

    private static async Task<Guid> RoleIdAsync(ApiClient admin, string name) =>
        (await admin.Service<IIdentityRoleAppService>().GetListAsync()).Items.Single(role => role.Name == name).Id;

    private static Task SetAsync(ApiClient caller, string providerName, string providerKey, string permission, bool isGranted) =>
        caller.Service<IPermissionAppService>().UpdateAsync(providerName, providerKey, Grant([permission], isGranted));

    private static async Task<List<PermissionGrantInfoDto>> GrantsAsync(ApiClient admin, string providerName, string providerKey) =>
        [.. (await admin.Service<IPermissionAppService>().GetAsync(providerName, providerKey)).Groups.SelectMany(group => group.Permissions)];

    private static async Task<List<string>> GrantedAsync(ApiClient admin, string providerName, string providerKey) =>
        [.. (await GrantsAsync(admin, providerName, providerKey)).Where(permission => permission.IsGranted).Select(permission => permission.Name)];
}
