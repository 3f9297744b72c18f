using DasTern.Authorization.Permissions;
using DasTern.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DasTern.PermissionManagement;

/// <summary>
/// Clients show the permission list as it comes: groups, their order and every name are part of the
/// API. New features add to the list; what was there keeps its place, names and texts.
/// </summary>
[Collection(ApplicationTestCollection.Name)]
public class PermissionLayout_Tests(DatabaseFixture fixture)
{
    private static readonly string[] EstablishedGroups = ["DasTern", "Identity", "AuditLogging", "Platform"];

    /// <summary>Every permission of the established groups but the application group, where only the catalogue's were there.</summary>
    private static bool IsEstablished(string groupName, string permissionName) =>
        EstablishedGroups.Contains(groupName) && (groupName != "DasTern" || permissionName.StartsWith("DasTern.Medicines", StringComparison.Ordinal));

    [Fact]
    public async Task Should_List_Groups_And_Permissions_In_Their_Established_Order()
    {
        var admin = TestPrincipals.User(Guid.NewGuid(), RoleNames.Admin);

        var result = await fixture.CallAsync<IPermissionAppService, GetPermissionListResultDto>(admin, service => service.GetAsync(PermissionProviderNames.Role, RoleNames.Admin));

        var layout = result.Groups.Where(group => EstablishedGroups.Contains(group.Name)).Select(group => $"{group.Name} ({group.DisplayName}): "
            + string.Join(", ", group.Permissions.Where(permission => IsEstablished(group.Name, permission.Name)).Select(permission => $"{permission.Name}<{permission.ParentName}> {permission.DisplayName}")));
        layout.ShouldBe(
        [
            "DasTern (DasTern): DasTern.Medicines<> Medicines, DasTern.Medicines.Create<DasTern.Medicines> Create medicines, "
                + "DasTern.Medicines.Edit<DasTern.Medicines> Edit medicines, DasTern.Medicines.Delete<DasTern.Medicines> Delete medicines",
            "Identity (Identity management): Identity.PermissionManagement<> Permission management, Identity.Roles<> Roles, "
                + "Identity.Roles.Create<Identity.Roles> Create roles, Identity.Roles.Update<Identity.Roles> Rename roles, "
                + "Identity.Roles.Delete<Identity.Roles> Delete roles, Identity.Roles.ManagePermissions<Identity.Roles> Manage role permissions, "
                + "Identity.Users<> Users, Identity.Users.Create<Identity.Users> Create users, "
                + "Identity.Users.Update<Identity.Users> Edit, lock and deactivate users, Identity.Users.VerifyDoctors<Identity.Users> Verify doctors, "
                + "Identity.Users.ManagePermissions<Identity.Users> Manage user permissions, Identity.Clients<> API clients, "
                + "Identity.Clients.ManagePermissions<Identity.Clients> Manage client permissions",
            "AuditLogging (Audit logging): AuditLogging.AuditLogs<> Audit logs",
            "Platform (Platform): Platform.HangfireDashboard<> Background job dashboard",
        ]);
    }

    [Fact]
    public void Should_Grant_By_Default_Only_Catalogue_Reading_Of_The_Established_Permissions_To_Every_Non_Admin_Role()
    {
        var defaults = fixture.Services.GetRequiredService<IPermissionDefinitionManager>().Groups
            .SelectMany(group => group.Flatten().Where(permission => IsEstablished(group.Name, permission.Name)))
            .Where(permission => permission.DefaultRoles.Count > 0)
            .Select(permission => $"{permission.Name}: {string.Join(", ", permission.DefaultRoles)}");

        defaults.ShouldBe(["DasTern.Medicines: Patient, Doctor, Caregiver"]);
    }
}
