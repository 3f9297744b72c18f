using DasTern.Authorization.Permissions;
using DasTern.Identity;
using DasTern.Permissions;

namespace DasTern.Authorization;

public class PermissionDefinitionManager_Tests
{
    private sealed class Provider(Action<PermissionDefinitionContext> define) : IPermissionDefinitionProvider
    {
        public void Define(PermissionDefinitionContext context) => define(context);
    }

    [Fact]
    public void Should_List_Parents_Before_Children_And_Find_By_Name()
    {
        var manager = new PermissionDefinitionManager([new DasTernPermissionDefinitionProvider()]);

        var names = manager.All.Select(permission => permission.Name).ToList();
        names.IndexOf(DasTernPermissions.Medicines.Default).ShouldBeLessThan(names.IndexOf(DasTernPermissions.Medicines.Create));
        manager.Find(DasTernPermissions.Medicines.Create)!.Parent!.Name.ShouldBe(DasTernPermissions.Medicines.Default);
        manager.Find("DasTern.Unknown").ShouldBeNull();
    }

    [Fact]
    public void Should_Grant_Catalogue_Reading_To_Every_Non_Admin_Role_By_Default()
    {
        var manager = new PermissionDefinitionManager([new DasTernPermissionDefinitionProvider()]);

        manager.Find(DasTernPermissions.Medicines.Default)!.DefaultRoles.ShouldBe([RoleNames.Patient, RoleNames.Doctor, RoleNames.Caregiver], ignoreOrder: true);
        manager.Find(DasTernPermissions.Medicines.Create)!.DefaultRoles.ShouldBeEmpty();
    }

    [Fact]
    public void Should_Refuse_A_Permission_Defined_Twice()
    {
        var duplicate = new Provider(context =>
        {
            context.AddGroup("A", "A").AddPermission("Same", "Same");
            context.AddGroup("B", "B").AddPermission("Same", "Same");
        });

        Should.Throw<InvalidOperationException>(() => new PermissionDefinitionManager([duplicate]));
    }
}
