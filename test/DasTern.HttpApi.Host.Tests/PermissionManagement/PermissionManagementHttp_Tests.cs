using DasTern.Auditing;
using DasTern.ExceptionHandling;
using DasTern.Identity;
using DasTern.Infrastructure;
using DasTern.Medicines;
using DasTern.Permissions;

namespace DasTern.PermissionManagement;

[Collection(HostTestCollection.Name)]
public class PermissionManagementHttp_Tests(HostFixture fixture)
{
    private static UpdatePermissionsDto Grant(string permission, bool isGranted = true) =>
        new() { Permissions = [new UpdatePermissionDto { Name = permission, IsGranted = isGranted }] };

    private static bool IsGranted(GetPermissionListResultDto grants, string permission) =>
        grants.Groups.SelectMany(group => group.Permissions).Single(p => p.Name == permission).IsGranted;

    [Fact]
    public async Task Should_Read_And_Change_Grants_With_Effect_On_The_Next_Request()
    {
        var (email, password, id) = await fixture.CreateUserAsync(RoleNames.Doctor);
        using var anonymous = fixture.Client();
        using var doctor = fixture.Api(await TokenClient.AccessTokenAsync(anonymous, email, password));
        using var admin = fixture.Api(await fixture.TokenForAsync(RoleNames.Admin));
        var permissions = admin.Service<IPermissionAppService>();
        var medicine = new CreateMedicineDto { GenericName = $"Grantine {Guid.NewGuid():N}", Category = "Other", DosageForm = DosageForm.Tablet, Unit = "mg" };
        Task<int?> CreateAsync() => RemoteFailure.StatusOfAsync(() => doctor.Service<IMedicineAppService>().CreateAsync(medicine));

        var roleGrants = await permissions.GetAsync("R", "Doctor");
        var refused = await CreateAsync();
        await permissions.UpdateAsync("U", id.ToString(), Grant(MedicinesPermissions.Create));
        var allowed = await CreateAsync();

        IsGranted(roleGrants, MedicinesPermissions.Default).ShouldBeTrue();
        refused.ShouldBe(403);
        allowed.ShouldBeNull();
    }

    [Fact]
    public async Task Should_Apply_A_Revoked_Grant_On_Another_Instance_Once_Its_Local_Copy_Expires()
    {
        var (email, password, id) = await fixture.CreateUserAsync(role: null);
        using var anonymous = fixture.Client();
        var token = await TokenClient.AccessTokenAsync(anonymous, email, password);
        using var admin = fixture.Api(await fixture.TokenForAsync(RoleNames.Admin));
        // The other instance keeps its in-memory copy of the grants this long (10 s in production).
        await using var other = new DasTernHostFactory(new Dictionary<string, string?>(fixture.Settings) { ["Caching:SharedEntryLocalExpiration"] = "00:00:00.200" });
        using var onOther = new ApiClient(other, token);
        using var onThis = fixture.Api(token);
        Task SetAsync(bool isGranted) =>
            admin.Service<IPermissionAppService>().UpdateAsync("U", id.ToString(), Grant(AuditingPermissions.Default, isGranted));
        static Task<int?> ReadAsync(ApiClient api) =>
            RemoteFailure.StatusOfAsync(() => api.Service<IAuditLogAppService>().GetSecurityLogsAsync(new GetSecurityLogsInput { MaxResultCount = 1 }));

        await SetAsync(true);
        var grantedOnOther = await ReadAsync(onOther);
        await SetAsync(false);
        var revokedOnThis = await ReadAsync(onThis);
        var revokedOnOther = await Eventually.TrueAsync(async () => await ReadAsync(onOther) == 403);

        grantedOnOther.ShouldBeNull();
        revokedOnThis.ShouldBe(403);
        revokedOnOther.ShouldBeTrue();
    }

    [Fact]
    public async Task Should_Refuse_Non_Admins_And_Bad_Input()
    {
        using var doctor = fixture.Api(await fixture.TokenForAsync(RoleNames.Doctor));
        using var admin = fixture.Api(await fixture.TokenForAsync(RoleNames.Admin));

        await RemoteFailure.ShouldThrowAsync<AuthorizationFailedException>(
            () => doctor.Service<IPermissionAppService>().GetAsync("R", "Doctor"), 403, CommonErrorCodes.Forbidden);
        var missingKey = await RemoteFailure.ShouldThrowAsync<ValidationFailedException>(
            () => admin.Service<IPermissionAppService>().GetAsync("R", null!), 400, CommonErrorCodes.ValidationFailed);

        missingKey.Errors.ShouldContainKey("providerKey");
    }

    [Theory]
    [InlineData("Z", "x", PermissionErrorCodes.ProviderUnknown)]
    [InlineData("R", "NoSuchRole", PermissionErrorCodes.ProviderKeyUnknown)]
    [InlineData("U", "7d3c1f4e-0000-4000-8000-000000000001", PermissionErrorCodes.ProviderKeyUnknown)]
    [InlineData("U", "not-a-guid", PermissionErrorCodes.ProviderKeyUnknown)]
    [InlineData("C", "NoSuchClient", PermissionErrorCodes.ProviderKeyUnknown)]
    public async Task Should_Answer_404_For_A_Provider_Or_Holder_That_Does_Not_Exist(string providerName, string providerKey, string code)
    {
        using var admin = fixture.Api(await fixture.TokenForAsync(RoleNames.Admin));
        var permissions = admin.Service<IPermissionAppService>();

        await RemoteFailure.ShouldThrowAsync<BusinessException>(() => permissions.GetAsync(providerName, providerKey), 404, code);
        await RemoteFailure.ShouldThrowAsync<BusinessException>(
            () => permissions.UpdateAsync(providerName, providerKey, Grant(MedicinesPermissions.Default)), 404, code);
    }

    [Fact]
    public async Task Should_Not_Keep_Grants_For_A_Role_Name_Until_A_Role_Takes_It()
    {
        using var admin = fixture.Api(await fixture.TokenForAsync(RoleNames.Admin));
        var permissions = admin.Service<IPermissionAppService>();
        var name = $"Later{Guid.NewGuid():N}"[..20];

        var early = () => permissions.UpdateAsync("R", name, Grant(MedicinesPermissions.Create));
        await RemoteFailure.ShouldThrowAsync<BusinessException>(early, 404, PermissionErrorCodes.ProviderKeyUnknown);
        await admin.Service<IIdentityRoleAppService>().CreateAsync(new CreateIdentityRoleDto { Name = name });
        var grants = await permissions.GetAsync("R", name);

        grants.Groups.SelectMany(group => group.Permissions).Where(p => p.IsGranted).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_Manage_Grants_Of_Existing_Holders_Under_The_Key_Their_Tokens_Carry()
    {
        using var admin = fixture.Api(await fixture.TokenForAsync(RoleNames.Admin));
        var permissions = admin.Service<IPermissionAppService>();
        var (_, _, id) = await fixture.CreateUserAsync(role: null);

        var client = await permissions.GetAsync("C", TestSettings.ServiceClientId);
        var role = await permissions.GetAsync("R", "doctor");
        var user = await permissions.GetAsync("U", id.ToString().ToUpperInvariant());

        client.ProviderKey.ShouldBe(TestSettings.ServiceClientId);
        role.ProviderKey.ShouldBe(RoleNames.Doctor);
        user.ProviderKey.ShouldBe(id.ToString());
    }
}
