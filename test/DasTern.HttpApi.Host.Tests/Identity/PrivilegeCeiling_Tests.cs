using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DasTern.Infrastructure;
using DasTern.Medicines;
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
        using var admin = fixture.Client(await fixture.TokenForAsync(RoleNames.Admin));
        var helpdesk = await CreateRoleAsync(admin, "Helpdesk", IdentityPermissions.Users.Default, IdentityPermissions.Users.Create, IdentityPermissions.Users.Update);
        var (delegateId, delegateToken) = await CreateSignedInUserAsync(admin, helpdesk);
        var (_, _, otherId) = await fixture.CreateUserAsync(role: null);
        var adminUser = await SeededAdminAsync(admin);
        var adminId = adminUser.GetProperty("id").GetGuid();
        var refusedEmail = $"refused-{Guid.NewGuid():N}@dastern.test";
        using var helper = fixture.Client(delegateToken);

        using var selfAdmin = await helper.PutAsJsonAsync($"/api/identity/users/{delegateId}/roles", new { roles = new[] { helpdesk, RoleNames.Admin } });
        using var otherAdmin = await helper.PutAsJsonAsync($"/api/identity/users/{otherId}/roles", new { roles = new[] { RoleNames.Admin } });
        using var otherAdminInOtherCase = await helper.PutAsJsonAsync($"/api/identity/users/{otherId}/roles", new { roles = new[] { "aDMIN" } });
        using var createdAdmin = await helper.PostAsJsonAsync("/api/identity/users", new { email = refusedEmail, password = Password, firstName = "Sok", lastName = "Dara", roles = new[] { RoleNames.Admin } });
        using var otherHelpdesk = await helper.PutAsJsonAsync($"/api/identity/users/{otherId}/roles", new { roles = new[] { helpdesk } });
        using var lockAdmin = await helper.PostAsJsonAsync($"/api/identity/users/{adminId}/lock", new { });
        using var deactivateAdmin = await helper.PostAsync($"/api/identity/users/{adminId}/deactivate", null);
        using var renameAdmin = await helper.PutAsJsonAsync($"/api/identity/users/{adminId}", new { firstName = "Mallory", lastName = "X", concurrencyStamp = adminUser.GetProperty("concurrencyStamp").GetString() });

        await ProblemDetailsBody.ReadAsync(selfAdmin, 422, IdentityErrorCodes.CannotChangeOwnPrivileges);
        (await ProblemDetailsBody.ReadAsync(otherAdmin, 403, IdentityErrorCodes.BeyondOwnPermissions)).GetProperty("data").GetProperty("names").GetString()!
            .ShouldContain(IdentityPermissions.PermissionManagement);
        await ProblemDetailsBody.ReadAsync(otherAdminInOtherCase, 403, IdentityErrorCodes.BeyondOwnPermissions);
        await ProblemDetailsBody.ReadAsync(createdAdmin, 403, IdentityErrorCodes.BeyondOwnPermissions);
        otherHelpdesk.StatusCode.ShouldBe(HttpStatusCode.OK);
        await ProblemDetailsBody.ReadAsync(lockAdmin, 403, IdentityErrorCodes.HoldsMorePermissions);
        await ProblemDetailsBody.ReadAsync(deactivateAdmin, 403, IdentityErrorCodes.HoldsMorePermissions);
        await ProblemDetailsBody.ReadAsync(renameAdmin, 403, IdentityErrorCodes.HoldsMorePermissions);
        (await RolesOfAsync(admin, delegateId)).ShouldBe([helpdesk]);
        (await RolesOfAsync(admin, otherId)).ShouldBe([helpdesk]);
        (await admin.GetFromJsonAsync<JsonElement>($"/api/identity/users?filter={refusedEmail}")).GetProperty("totalCount").GetInt64().ShouldBe(0);
        (await SeededAdminAsync(admin)).GetProperty("firstName").GetString().ShouldNotBe("Mallory");
    }

    [Fact]
    public async Task Should_Keep_A_Delegated_User_Permission_Manager_Within_Its_Own_Permissions()
    {
        using var admin = fixture.Client(await fixture.TokenForAsync(RoleNames.Admin));
        var grantor = await CreateRoleAsync(admin, "Grantor", IdentityPermissions.PermissionManagement, IdentityPermissions.Users.ManagePermissions);
        var (delegateId, delegateToken) = await CreateSignedInUserAsync(admin, grantor);
        var (_, _, otherId) = await fixture.CreateUserAsync(role: null);
        var adminId = (await SeededAdminAsync(admin)).GetProperty("id").GetGuid();
        using var helper = fixture.Client(delegateToken);

        using var self = await SetAsync(helper, "U", delegateId.ToString(), MedicinesPermissions.Create, true);
        using var beyond = await SetAsync(helper, "U", otherId.ToString(), MedicinesPermissions.Create, true);
        using var within = await SetAsync(helper, "U", otherId.ToString(), IdentityPermissions.Users.ManagePermissions, true);
        using var onAdmin = await SetAsync(helper, "U", adminId.ToString(), IdentityPermissions.PermissionManagement, true);

        await ProblemDetailsBody.ReadAsync(self, 422, IdentityErrorCodes.CannotChangeOwnPrivileges);
        (await ProblemDetailsBody.ReadAsync(beyond, 403, IdentityErrorCodes.BeyondOwnPermissions)).GetProperty("data").GetProperty("names").GetString()
            .ShouldBe(MedicinesPermissions.Create);
        within.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await ProblemDetailsBody.ReadAsync(onAdmin, 403, IdentityErrorCodes.HoldsMorePermissions);
        (await GrantedAsync(admin, "U", delegateId.ToString())).ShouldBeEmpty();
        (await GrantedAsync(admin, "U", otherId.ToString())).ShouldBe([IdentityPermissions.Users.ManagePermissions]);
        (await GrantedAsync(admin, "U", adminId.ToString())).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_Keep_A_Delegated_Role_Manager_Within_Its_Own_Permissions()
    {
        using var admin = fixture.Client(await fixture.TokenForAsync(RoleNames.Admin));
        var keeper = await CreateRoleAsync(
            admin, "Keeper", IdentityPermissions.PermissionManagement, IdentityPermissions.Roles.Default, IdentityPermissions.Roles.Delete, IdentityPermissions.Roles.ManagePermissions);
        var (_, delegateToken) = await CreateSignedInUserAsync(admin, keeper);
        var empty = await CreateRoleAsync(admin, "Empty");
        var rich = await CreateRoleAsync(admin, "Rich", MedicinesPermissions.Create);
        using var helper = fixture.Client(delegateToken);

        using var ownRole = await SetAsync(helper, "R", keeper, IdentityPermissions.Users.ManagePermissions, true);
        using var beyond = await SetAsync(helper, "R", empty, MedicinesPermissions.Create, true);
        using var weakenAdmin = await SetAsync(helper, "R", RoleNames.Admin, IdentityPermissions.Roles.ManagePermissions, false);
        using var within = await SetAsync(helper, "R", empty, IdentityPermissions.Roles.ManagePermissions, true);
        using var deleteRich = await helper.DeleteAsync($"/api/identity/roles/{await RoleIdAsync(admin, rich)}");
        using var deleteOwn = await helper.DeleteAsync($"/api/identity/roles/{await RoleIdAsync(admin, keeper)}");

        await ProblemDetailsBody.ReadAsync(ownRole, 422, IdentityErrorCodes.CannotChangeOwnPrivileges);
        await ProblemDetailsBody.ReadAsync(beyond, 403, IdentityErrorCodes.BeyondOwnPermissions);
        await ProblemDetailsBody.ReadAsync(weakenAdmin, 403, IdentityErrorCodes.HoldsMorePermissions);
        within.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await ProblemDetailsBody.ReadAsync(deleteRich, 403, IdentityErrorCodes.HoldsMorePermissions);
        await ProblemDetailsBody.ReadAsync(deleteOwn, 422, IdentityErrorCodes.CannotChangeOwnPrivileges);
        (await GrantedAsync(admin, "R", empty)).ShouldBe([IdentityPermissions.Roles.ManagePermissions]);
        (await GrantedAsync(admin, "R", RoleNames.Admin)).ShouldContain(IdentityPermissions.Roles.ManagePermissions);
        (await GrantedAsync(admin, "R", rich)).ShouldBe([MedicinesPermissions.Create]);
    }

    [Fact]
    public async Task Should_Not_Let_A_Doctor_Verifier_Hand_Out_Doctor_Permissions_It_Lacks()
    {
        using var admin = fixture.Client(await fixture.TokenForAsync(RoleNames.Admin));
        var verifier = await CreateRoleAsync(admin, "Verifier", IdentityPermissions.Users.Default, IdentityPermissions.Users.VerifyDoctors);
        var (_, delegateToken) = await CreateSignedInUserAsync(admin, verifier);
        var (_, _, doctorId) = await fixture.CreatePendingDoctorAsync();
        using var helper = fixture.Client(delegateToken);

        using var approved = await helper.PostAsJsonAsync($"/api/identity/users/{doctorId}/verify-doctor", new { approve = true });

        (await ProblemDetailsBody.ReadAsync(approved, 403, IdentityErrorCodes.BeyondOwnPermissions)).GetProperty("data").GetProperty("names").GetString()
            .ShouldBe(MedicinesPermissions.Default);
        var doctor = await admin.GetFromJsonAsync<JsonElement>($"/api/identity/users/{doctorId}");
        doctor.GetProperty("doctorStatus").GetString().ShouldBe("Pending");
        doctor.GetProperty("roles").EnumerateArray().Select(role => role.GetString()).ShouldNotContain(RoleNames.Doctor);
    }

    [Fact]
    public async Task Should_Let_The_Admin_Manage_Other_Admins_But_Not_Its_Own_Privileges()
    {
        using var admin = fixture.Client(await fixture.TokenForAsync(RoleNames.Admin));
        var adminId = (await SeededAdminAsync(admin)).GetProperty("id").GetGuid();
        var otherAdminId = (await CreateUserAsync(admin, $"admin-{Guid.NewGuid():N}@dastern.test", RoleNames.Admin)).GetProperty("id").GetGuid();

        using var ownRoles = await admin.PutAsJsonAsync($"/api/identity/users/{adminId}/roles", new { roles = new[] { RoleNames.Admin, RoleNames.Patient } });
        using var ownGrants = await SetAsync(admin, "U", adminId.ToString(), MedicinesPermissions.Create, true);
        using var ownRoleGrants = await SetAsync(admin, "R", RoleNames.Admin, PlatformPermissions.HangfireDashboard, false);
        using var locked = await admin.PostAsJsonAsync($"/api/identity/users/{otherAdminId}/lock", new { });
        using var unlocked = await admin.PostAsync($"/api/identity/users/{otherAdminId}/unlock", null);
        using var deactivated = await admin.PostAsync($"/api/identity/users/{otherAdminId}/deactivate", null);
        using var activated = await admin.PostAsync($"/api/identity/users/{otherAdminId}/activate", null);
        using var granted = await SetAsync(admin, "U", otherAdminId.ToString(), MedicinesPermissions.Create, true);
        using var demoted = await admin.PutAsJsonAsync($"/api/identity/users/{otherAdminId}/roles", new { roles = new[] { RoleNames.Patient } });

        await ProblemDetailsBody.ReadAsync(ownRoles, 422, IdentityErrorCodes.CannotChangeOwnPrivileges);
        await ProblemDetailsBody.ReadAsync(ownGrants, 422, IdentityErrorCodes.CannotChangeOwnPrivileges);
        await ProblemDetailsBody.ReadAsync(ownRoleGrants, 422, IdentityErrorCodes.CannotChangeOwnPrivileges);
        new[] { locked, unlocked, deactivated, activated, granted }.Select(response => response.StatusCode).ShouldAllBe(status => status == HttpStatusCode.NoContent);
        demoted.StatusCode.ShouldBe(HttpStatusCode.OK);
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
            using var admin = own.Client(await own.TokenForAsync(RoleNames.Admin));
            var adminId = (await SeededAdminAsync(admin)).GetProperty("id").GetGuid();
            var (rootEmail, rootPassword, rootId) = await own.CreateUserAsync(role: null);
            var every = (await GrantsAsync(admin, "U", rootId.ToString())).Select(permission => permission.GetProperty("name").GetString()!).ToList();
            (await admin.PutAsJsonAsync($"/api/permission-management/permissions?providerName=U&providerKey={rootId}",
                new { permissions = every.Select(name => new { name, isGranted = true }) })).EnsureSuccessStatusCode();
            using var root = own.Client(await TokenClient.AccessTokenAsync(own.Client(), rootEmail, rootPassword));

            using var deactivateSelf = await admin.PostAsync($"/api/identity/users/{adminId}/deactivate", null);
            using var demoteLast = await root.PutAsJsonAsync($"/api/identity/users/{adminId}/roles", new { roles = Array.Empty<string>() });
            using var deactivateLast = await root.PostAsync($"/api/identity/users/{adminId}/deactivate", null);
            using var lockLast = await root.PostAsJsonAsync($"/api/identity/users/{adminId}/lock", new { });
            var secondId = (await CreateUserAsync(root, $"second-{Guid.NewGuid():N}@dastern.test", RoleNames.Admin)).GetProperty("id").GetGuid();
            using var deactivateFirst = await root.PostAsync($"/api/identity/users/{adminId}/deactivate", null);
            using var lockSecondWhileFirstInactive = await root.PostAsJsonAsync($"/api/identity/users/{secondId}/lock", new { });
            using var activateFirst = await root.PostAsync($"/api/identity/users/{adminId}/activate", null);
            using var lockFirst = await root.PostAsJsonAsync($"/api/identity/users/{adminId}/lock", new { });
            using var demoteSecondWhileFirstLocked = await root.PutAsJsonAsync($"/api/identity/users/{secondId}/roles", new { roles = Array.Empty<string>() });
            using var unlockFirst = await root.PostAsync($"/api/identity/users/{adminId}/unlock", null);
            using var demoteSecond = await root.PutAsJsonAsync($"/api/identity/users/{secondId}/roles", new { roles = Array.Empty<string>() });

            foreach (var refused in new[] { deactivateSelf, demoteLast, deactivateLast, lockLast, lockSecondWhileFirstInactive, demoteSecondWhileFirstLocked })
            {
                await ProblemDetailsBody.ReadAsync(refused, 422, IdentityErrorCodes.LastAdmin);
            }

            new[] { deactivateFirst, activateFirst, lockFirst, unlockFirst }.Select(response => response.StatusCode).ShouldAllBe(status => status == HttpStatusCode.NoContent);
            demoteSecond.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await RolesOfAsync(root, adminId)).ShouldBe([RoleNames.Admin]);
            (await RolesOfAsync(root, secondId)).ShouldBeEmpty();
        }
        finally
        {
            await own.DisposeAsync();
        }
    }

    /// <summary>A new role (unique name) holding exactly <paramref name="permissions"/>.</summary>
    private static async Task<string> CreateRoleAsync(HttpClient admin, string prefix, params string[] permissions)
    {
        var name = $"{prefix}{Guid.NewGuid():N}"[..24];
        (await admin.PostAsJsonAsync("/api/identity/roles", new { name })).EnsureSuccessStatusCode();
        (await admin.PutAsJsonAsync($"/api/permission-management/permissions?providerName=R&providerKey={name}",
            new { permissions = permissions.Select(permission => new { name = permission, isGranted = true }) })).EnsureSuccessStatusCode();
        return name;
    }

    private async Task<(Guid Id, string AccessToken)> CreateSignedInUserAsync(HttpClient admin, string role)
    {
        var email = $"delegate-{Guid.NewGuid():N}@dastern.test";
        var id = (await CreateUserAsync(admin, email, role)).GetProperty("id").GetGuid();
        return (id, await TokenClient.AccessTokenAsync(fixture.Client(), email, Password));
    }

    private static async Task<JsonElement> CreateUserAsync(HttpClient caller, string email, string role)
    {
        using var response = await caller.PostAsJsonAsync("/api/identity/users", new { email, password = Password, firstName = "Sok", lastName = "Dara", roles = new[] { role } });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<JsonElement> SeededAdminAsync(HttpClient admin) =>
        (await admin.GetFromJsonAsync<JsonElement>($"/api/identity/users?filter={TestSettings.AdminEmail}")).GetProperty("items").EnumerateArray().Single();

    private static async Task<List<string?>> RolesOfAsync(HttpClient admin, Guid id) =>
        (await admin.GetFromJsonAsync<JsonElement>($"/api/identity/users/{id}")).GetProperty("roles").EnumerateArray().Select(role => role.GetString()).ToList();

    private static async Task<Guid> RoleIdAsync(HttpClient admin, string name) =>
        (await admin.GetFromJsonAsync<JsonElement>("/api/identity/roles")).GetProperty("items").EnumerateArray()
            .Single(role => role.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();

    private static Task<HttpResponseMessage> SetAsync(HttpClient caller, string providerName, string providerKey, string permission, bool isGranted) =>
        caller.PutAsJsonAsync(
            $"/api/permission-management/permissions?providerName={providerName}&providerKey={providerKey}",
            new { permissions = new[] { new { name = permission, isGranted } } });

    private static async Task<List<JsonElement>> GrantsAsync(HttpClient admin, string providerName, string providerKey) =>
        (await admin.GetFromJsonAsync<JsonElement>($"/api/permission-management/permissions?providerName={providerName}&providerKey={providerKey}"))
            .GetProperty("groups").EnumerateArray().SelectMany(group => group.GetProperty("permissions").EnumerateArray()).ToList();

    private static async Task<List<string?>> GrantedAsync(HttpClient admin, string providerName, string providerKey) =>
        (await GrantsAsync(admin, providerName, providerKey)).Where(permission => permission.GetProperty("isGranted").GetBoolean())
            .Select(permission => permission.GetProperty("name").GetString()).ToList();
}
