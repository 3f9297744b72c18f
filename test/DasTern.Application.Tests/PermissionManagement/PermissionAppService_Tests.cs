using DasTern.Authorization;
using DasTern.Authorization.Permissions;
using DasTern.ExceptionHandling;
using DasTern.Identity;
using DasTern.Medicines;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DasTern.PermissionManagement;

[Collection(ApplicationTestCollection.Name)]
public class PermissionAppService_Tests(DatabaseFixture fixture)
{
    private static readonly System.Security.Claims.ClaimsPrincipal Admin = TestPrincipals.User(Guid.NewGuid(), RoleNames.Admin);

    [Fact]
    public async Task Should_Show_Seeded_Role_Grants_Grouped_With_Parents()
    {
        var result = await fixture.CallAsync<IPermissionAppService, GetPermissionListResultDto>(Admin, service => service.GetAsync(PermissionProviderNames.Role, RoleNames.Doctor));

        var permissions = result.Groups.SelectMany(group => group.Permissions).ToDictionary(p => p.Name);
        permissions[MedicinesPermissions.Default].IsGranted.ShouldBeTrue();
        permissions[MedicinesPermissions.Create].IsGranted.ShouldBeFalse();
        permissions[MedicinesPermissions.Create].ParentName.ShouldBe(MedicinesPermissions.Default);
        permissions[MedicinesPermissions.Default].DisplayName.ShouldBe("Medicines");
    }

    [Fact]
    public async Task Should_Grant_And_Revoke_With_Immediate_Effect_On_Checks()
    {
        var userId = await CreateUserAsync();
        var user = TestPrincipals.User(userId, RoleNames.Patient);
        async Task<bool> CanCreateAsync() =>
            await fixture.RunAsAsync(user, provider => provider.GetRequiredService<IPermissionChecker>().IsGrantedAsync(user, MedicinesPermissions.Create));
        Task SetAsync(bool granted) => fixture.CallAsync<IPermissionAppService>(Admin, service => service.UpdateAsync(PermissionProviderNames.User, userId.ToString(), new UpdatePermissionsDto
            {
                Permissions = new List<UpdatePermissionDto> { new() { Name = MedicinesPermissions.Create, IsGranted = granted } },
            }));

        (await CanCreateAsync()).ShouldBeFalse();
        await SetAsync(true);
        (await CanCreateAsync()).ShouldBeTrue();
        await SetAsync(false);
        (await CanCreateAsync()).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_Refuse_Unknown_Permissions_And_Providers_Without_Writing_Anything()
    {
        var userId = (await CreateUserAsync()).ToString();
        var unknown = await Should.ThrowAsync<BusinessException>(() => fixture.CallAsync<IPermissionAppService>(Admin, service => service.UpdateAsync(PermissionProviderNames.User, userId, new UpdatePermissionsDto
            {
                Permissions = new List<UpdatePermissionDto>
                {
                    new() { Name = MedicinesPermissions.Edit, IsGranted = true },
                    new() { Name = "DasTern.NoSuchThing", IsGranted = true },
                },
            })));
        var provider = await Should.ThrowAsync<BusinessException>(() => fixture.CallAsync<IPermissionAppService, GetPermissionListResultDto>(Admin, service => service.GetAsync("X", "key")));

        unknown.Code.ShouldBe(PermissionErrorCodes.Unknown);
        provider.Code.ShouldBe(PermissionErrorCodes.ProviderUnknown);
        var granted = await fixture.RunAsAsync(Admin, services =>
            services.GetRequiredService<IPermissionStore>().GetGrantedAsync(PermissionProviderNames.User, userId));
        granted.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_Name_The_Invalid_List_Item_Member_Before_Touching_Anything()
    {
        var failure = await Should.ThrowAsync<ValidationFailedException>(() => fixture.CallAsync<IPermissionAppService>(Admin, service => service.UpdateAsync(PermissionProviderNames.Role, RoleNames.Doctor, new UpdatePermissionsDto
            {
                Permissions = new List<UpdatePermissionDto> { new() { Name = MedicinesPermissions.Create, IsGranted = true }, new() { Name = new string('p', 129) } },
            })));

        failure.Errors.Keys.ShouldBe(["permissions[1].name"]);
    }

    [Fact]
    public async Task Should_Refuse_Grants_For_A_User_That_Does_Not_Exist()
    {
        var missing = await Should.ThrowAsync<BusinessException>(() => fixture.CallAsync<IPermissionAppService>(Admin, service => service.UpdateAsync(PermissionProviderNames.User, Guid.NewGuid().ToString(), new UpdatePermissionsDto
            {
                Permissions = new List<UpdatePermissionDto> { new() { Name = MedicinesPermissions.Create, IsGranted = true } },
            })));

        missing.Code.ShouldBe(PermissionErrorCodes.ProviderKeyUnknown);
        missing.HttpStatusCode.ShouldBe(404);
    }

    [Fact]
    public async Task Should_Refuse_Callers_Without_The_Manage_Permission()
    {
        var doctor = TestPrincipals.User(Guid.NewGuid(), RoleNames.Doctor);

        await Should.ThrowAsync<AuthorizationFailedException>(() => fixture.CallAsync<IPermissionAppService, GetPermissionListResultDto>(doctor, service => service.GetAsync(PermissionProviderNames.Role, RoleNames.Doctor)));
    }

    [Fact]
    public async Task Should_Give_Admin_Every_Defined_Permission()
    {
        var granted = await fixture.RunAsAsync(Admin, provider => provider.GetRequiredService<IPermissionChecker>().GetGrantedAsync(Admin));
        var all = fixture.Services.GetRequiredService<IPermissionDefinitionManager>().All.Select(p => p.Name);

        granted.ShouldBe(all, ignoreOrder: true);
    }

    private Task<Guid> CreateUserAsync() => fixture.WithUnitOfWorkAsync(async provider =>
    {
        var email = $"grantee-{Guid.NewGuid():N}@dastern.test";
        var user = new AppUser(email, email, DateTimeOffset.UtcNow);
        IdentityResults.ThrowIfFailed(await provider.GetRequiredService<UserManager<AppUser>>().CreateAsync(user));
        return user.Id;
    });
}
