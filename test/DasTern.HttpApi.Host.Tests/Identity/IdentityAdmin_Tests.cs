using DasTern.Account;
using DasTern.ExceptionHandling;
using DasTern.Infrastructure;
using DasTern.Medicines;
using DasTern.PermissionManagement;
using DasTern.Permissions;

namespace DasTern.Identity;

[Collection(HostTestCollection.Name)]
public class IdentityAdmin_Tests(HostFixture fixture)
{
    private const string Password = "nine quiet lanterns over the Mekong";

    private async Task<ApiClient> AdminAsync() => fixture.Api(await fixture.TokenForAsync(RoleNames.Admin));

    private static Task<IdentityUserDto> CreateUserAsync(ApiClient admin, string email, params string[] roles) =>
        admin.Service<IIdentityUserAppService>().CreateAsync(new CreateIdentityUserDto
        {
            Email = email,
            Password = Password,
            FirstName = "Kim",
            LastName = "Sreymom",
            Roles = [.. roles],
        });

    private static Task GrantAsync(ApiClient admin, string providerName, string providerKey, string permission) =>
        admin.Service<IPermissionAppService>().UpdateAsync(providerName, providerKey, new UpdatePermissionsDto
        {
            Permissions = [new UpdatePermissionDto { Name = permission, IsGranted = true }],
        });

    private static Task<int?> ReadCategoriesAsync(ApiClient api) =>
        RemoteFailure.StatusOfAsync(() => api.Service<IMedicineAppService>().GetCategoriesAsync());

    [Fact]
    public async Task Should_Create_Find_And_Update_Users_With_Concurrency_Checks()
    {
        using var admin = await AdminAsync();
        var users = admin.Service<IIdentityUserAppService>();
        var email = $"kim-{Guid.NewGuid():N}@dastern.test";
        var created = await CreateUserAsync(admin, email, RoleNames.Caregiver);
        var update = new UpdateIdentityUserDto { FirstName = "Kimhour", LastName = "Sreymom", ConcurrencyStamp = created.ConcurrencyStamp };

        var found = await users.GetListAsync(new GetIdentityUsersInput { Filter = email[..12], Role = "Caregiver" });
        var updated = await users.UpdateAsync(created.Id, update);
        var stale = () => users.UpdateAsync(created.Id, update);
        var unknownRole = () => CreateUserAsync(admin, $"x-{Guid.NewGuid():N}@dastern.test", "Astronaut");

        found.Items.Select(u => u.Email).ShouldBe([email]);
        updated.FirstName.ShouldBe("Kimhour");
        await RemoteFailure.ShouldThrowAsync<ConcurrencyConflictException>(stale, 409, CommonErrorCodes.ConcurrencyConflict);
        await RemoteFailure.ShouldThrowAsync<BusinessException>(unknownRole, 400, IdentityErrorCodes.UnknownRole);
        (await TokenClient.PasswordAsync(fixture.Client(), email, Password)).Status.ShouldBe(200);
    }

    [Fact]
    public async Task Should_Hold_Admin_Created_Accounts_To_The_Password_Policy_And_The_Canonical_Contacts()
    {
        using var admin = await AdminAsync();
        var users = admin.Service<IIdentityUserAppService>();
        var email = $"ny-{Guid.NewGuid():N}@dastern.test";
        CreateIdentityUserDto Input(string email, string password, string? phoneNumber = null) => new()
        {
            Email = email,
            Password = password,
            FirstName = "Ny",
            LastName = "Sokha",
            PhoneNumber = phoneNumber,
            Roles = [RoleNames.Patient],
        };

        var weak = await RemoteFailure.ShouldThrowAsync<ValidationFailedException>(
            () => users.CreateAsync(Input(email, "Qwerty123!")), 400, CommonErrorCodes.ValidationFailed);
        var created = await users.CreateAsync(Input(email + ".", Password, "0971234560"));
        var badPhone = await RemoteFailure.ShouldThrowAsync<ValidationFailedException>(
            () => users.CreateAsync(Input($"x-{Guid.NewGuid():N}@dastern.test", Password, "0000000000")), 400, CommonErrorCodes.ValidationFailed);

        weak.Errors["password"].Length.ShouldBe(1);
        created.Email.ShouldBe(email);
        created.PhoneNumber.ShouldBe("+855971234560");
        badPhone.Errors.ShouldContainKey("phoneNumber");
    }

    [Fact]
    public async Task Should_Deactivate_Lock_And_Restore_Accounts()
    {
        using var admin = await AdminAsync();
        var users = admin.Service<IIdentityUserAppService>();
        using var anonymous = fixture.Client();
        var email = $"lock-{Guid.NewGuid():N}@dastern.test";
        var id = (await CreateUserAsync(admin, email, RoleNames.Patient)).Id;
        var (_, session) = await TokenClient.PasswordAsync(anonymous, email, Password);

        using var signedIn = fixture.Api(session.AccessToken);
        var profile = signedIn.Service<IProfileAppService>();
        (await RemoteFailure.StatusOfAsync(profile.GetAsync)).ShouldBeNull();
        await users.DeactivateAsync(id);
        (await RemoteFailure.StatusOfAsync(profile.GetAsync)).ShouldBe(401);
        var whileInactive = await TokenClient.PasswordAsync(anonymous, email, Password);
        var refreshWhileInactive = await TokenClient.RefreshAsync(anonymous, session.RefreshToken!);
        await users.ActivateAsync(id);
        await users.LockAsync(id, new LockIdentityUserDto());
        var whileLocked = await TokenClient.PasswordAsync(anonymous, email, Password);
        await users.UnlockAsync(id);
        var afterUnlock = await TokenClient.PasswordAsync(anonymous, email, Password);

        whileInactive.Body.Error.ShouldBe("invalid_grant");
        refreshWhileInactive.Body.Error.ShouldBe("invalid_grant");
        // A lock is not told apart from a wrong password: the answer must not tell that the account exists.
        whileLocked.Body.ErrorDescription.ShouldBe("The user name or password is incorrect.");
        afterUnlock.Status.ShouldBe(200);
    }

    [Fact]
    public async Task Should_Replace_A_Users_Roles()
    {
        using var admin = await AdminAsync();
        var id = (await CreateUserAsync(admin, $"roles-{Guid.NewGuid():N}@dastern.test", RoleNames.Patient)).Id;

        var user = await admin.Service<IIdentityUserAppService>().UpdateRolesAsync(id, new UpdateIdentityUserRolesDto { Roles = [RoleNames.Caregiver, RoleNames.Doctor] });

        user.Roles.ShouldBe([RoleNames.Caregiver, RoleNames.Doctor]);
    }

    [Fact]
    public async Task Should_End_The_Sessions_Of_A_User_Who_Lost_A_Role()
    {
        using var admin = await AdminAsync();
        using var anonymous = fixture.Client();
        var email = $"demoted-{Guid.NewGuid():N}@dastern.test";
        var id = (await CreateUserAsync(admin, email, RoleNames.Admin)).Id;
        var session = (await TokenClient.PasswordAsync(anonymous, email, Password)).Body;
        using var demoted = fixture.Api(session.AccessToken);
        Task<int?> ListAsync(ApiClient api) =>
            RemoteFailure.StatusOfAsync(() => api.Service<IIdentityUserAppService>().GetListAsync(new GetIdentityUsersInput { MaxResultCount = 1 }));
        var before = await ListAsync(demoted);

        await admin.Service<IIdentityUserAppService>().UpdateRolesAsync(id, new UpdateIdentityUserRolesDto { Roles = [RoleNames.Patient] });
        var withOldToken = await ListAsync(demoted);
        var refreshed = await TokenClient.RefreshAsync(anonymous, session.RefreshToken!);
        using var signedInAgain = fixture.Api(await TokenClient.AccessTokenAsync(anonymous, email, Password));
        var withNewToken = await ListAsync(signedInAgain);

        before.ShouldBeNull();
        withOldToken.ShouldBe(401);
        refreshed.Body.Error.ShouldBe("invalid_grant");
        withNewToken.ShouldBe(403);
    }

    [Fact]
    public async Task Should_Let_A_Verified_Doctor_Act_As_A_Doctor()
    {
        using var admin = await AdminAsync();
        var users = admin.Service<IIdentityUserAppService>();
        using var anonymous = fixture.Client();
        var (email, password, id) = await fixture.CreatePendingDoctorAsync();
        var pending = await users.GetListAsync(new GetIdentityUsersInput { DoctorStatus = DoctorVerificationStatus.Pending, MaxResultCount = 100 });

        var verified = await users.VerifyDoctorAsync(id, new VerifyDoctorDto { Approve = true });
        var again = () => users.VerifyDoctorAsync(id, new VerifyDoctorDto { Approve = true });
        using var doctor = fixture.Api(await TokenClient.AccessTokenAsync(anonymous, email, password));

        pending.Items.Select(u => u.Id).ShouldContain(id);
        verified.DoctorStatus.ShouldBe(DoctorVerificationStatus.Verified);
        await RemoteFailure.ShouldThrowAsync<BusinessException>(again, 422, IdentityErrorCodes.NotAPendingDoctor);
        (await RemoteFailure.StatusOfAsync(() => doctor.Service<IMedicineAppService>().GetListAsync(new GetMedicineListInput { MaxResultCount = 1 }))).ShouldBeNull();
    }

    [Fact]
    public async Task Should_End_A_Rejected_Doctors_Sessions_And_Refuse_Its_Sign_In()
    {
        using var admin = await AdminAsync();
        using var anonymous = fixture.Client();
        var (email, password, id) = await fixture.CreatePendingDoctorAsync();
        var (_, session) = await TokenClient.PasswordAsync(anonymous, email, password);

        var rejected = await admin.Service<IIdentityUserAppService>().VerifyDoctorAsync(id, new VerifyDoctorDto { Approve = false });
        var signIn = await TokenClient.PasswordAsync(anonymous, email, password);
        using var oldSession = fixture.Api(session.AccessToken);

        rejected.DoctorStatus.ShouldBe(DoctorVerificationStatus.Rejected);
        (await RemoteFailure.StatusOfAsync(oldSession.Service<IProfileAppService>().GetAsync)).ShouldBe(401);
        (await TokenClient.RefreshAsync(anonymous, session.RefreshToken!)).Body.Error.ShouldBe("invalid_grant");
        signIn.Body.ErrorDescription!.ShouldStartWith("account_not_allowed");
    }

    [Fact]
    public async Task Should_End_The_Sessions_Of_A_Roles_Members_When_It_Is_Renamed_Or_Deleted()
    {
        using var admin = await AdminAsync();
        var roles = admin.Service<IIdentityRoleAppService>();
        using var anonymous = fixture.Client();
        var name = $"Nurse{Guid.NewGuid():N}"[..20];
        var role = await roles.CreateAsync(new CreateIdentityRoleDto { Name = name });
        await GrantAsync(admin, "R", name, MedicinesPermissions.Default);
        var email = $"nurse-{Guid.NewGuid():N}@dastern.test";
        await CreateUserAsync(admin, email, name);
        using var beforeRename = fixture.Api(await TokenClient.AccessTokenAsync(anonymous, email, Password));
        var allowed = await ReadCategoriesAsync(beforeRename);

        await roles.UpdateAsync(role.Id, new UpdateIdentityRoleDto { Name = name + "X", ConcurrencyStamp = role.ConcurrencyStamp });
        var afterRename = await ReadCategoriesAsync(beforeRename);
        using var beforeDelete = fixture.Api(await TokenClient.AccessTokenAsync(anonymous, email, Password));
        var renamedAllowed = await ReadCategoriesAsync(beforeDelete);
        await roles.DeleteAsync(role.Id);
        var afterDelete = await ReadCategoriesAsync(beforeDelete);

        allowed.ShouldBeNull();
        afterRename.ShouldBe(401);
        renamedAllowed.ShouldBeNull();
        afterDelete.ShouldBe(401);
    }

    [Fact]
    public async Task Should_Manage_Custom_Roles_Keeping_Their_Grants_And_Protect_Built_In_Ones()
    {
        using var admin = await AdminAsync();
        var roles = admin.Service<IIdentityRoleAppService>();
        var name = $"Pharmacist{Guid.NewGuid():N}"[..20];
        var role = await roles.CreateAsync(new CreateIdentityRoleDto { Name = name });
        await GrantAsync(admin, "R", name, MedicinesPermissions.Default);

        var duplicate = () => roles.CreateAsync(new CreateIdentityRoleDto { Name = name });
        await RemoteFailure.ShouldThrowAsync<BusinessException>(duplicate, 409, IdentityErrorCodes.DuplicateRole);
        var renamed = await roles.UpdateAsync(role.Id, new UpdateIdentityRoleDto { Name = name + "X", ConcurrencyStamp = role.ConcurrencyStamp });
        var grants = await admin.Service<IPermissionAppService>().GetAsync("R", name + "X");
        var builtIn = (await roles.GetListAsync()).Items.Single(r => r.Name == RoleNames.Patient).Id;
        var deleteBuiltIn = () => roles.DeleteAsync(builtIn);
        await RemoteFailure.ShouldThrowAsync<BusinessException>(deleteBuiltIn, 422, IdentityErrorCodes.StaticRole);
        await roles.DeleteAsync(role.Id);

        renamed.Name.ShouldBe(name + "X");
        grants.Groups.SelectMany(g => g.Permissions).Single(p => p.Name == MedicinesPermissions.Default).IsGranted.ShouldBeTrue();
        (await roles.GetListAsync()).Items.ShouldNotContain(r => r.Id == role.Id);
    }
}
