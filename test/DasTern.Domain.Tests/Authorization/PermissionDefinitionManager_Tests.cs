using DasTern.Auditing;
using DasTern.Authorization.Permissions;
using DasTern.Identity;
using DasTern.Medicines;
using DasTern.Platform;

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
        var manager = new PermissionDefinitionManager([new MedicinesPermissionDefinitionProvider()]);

        var names = manager.All.Select(permission => permission.Name).ToList();
        names.IndexOf(MedicinesPermissions.Default).ShouldBeLessThan(names.IndexOf(MedicinesPermissions.Create));
        manager.Find(MedicinesPermissions.Create)!.Parent!.Name.ShouldBe(MedicinesPermissions.Default);
        manager.Find("DasTern.Unknown").ShouldBeNull();
    }

    [Fact]
    public void Should_Grant_Catalogue_Reading_To_Every_Non_Admin_Role_By_Default()
    {
        var manager = new PermissionDefinitionManager([new MedicinesPermissionDefinitionProvider()]);

        manager.Find(MedicinesPermissions.Default)!.DefaultRoles.ShouldBe([RoleNames.Patient, RoleNames.Doctor, RoleNames.Caregiver], ignoreOrder: true);
        manager.Find(MedicinesPermissions.Create)!.DefaultRoles.ShouldBeEmpty();
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

    [Fact]
    public void Should_Order_Groups_By_Provider_Order_Then_Type_Name_Whatever_The_Registration_Order()
    {
        IPermissionDefinitionProvider[] providers =
        [
            new PlatformPermissionDefinitionProvider(),
            new AuditingPermissionDefinitionProvider(),
            new IdentityPermissionDefinitionProvider(),
            new Provider(context => context.AddGroup("DasTern", "PermissionGroup:DasTern").AddPermission("DasTern.Zeta", "Zeta")),
            new MedicinesPermissionDefinitionProvider(),
        ];

        var forwards = new PermissionDefinitionManager(providers);
        var backwards = new PermissionDefinitionManager(providers.Reverse());

        forwards.Groups.Select(group => group.Name).ShouldBe(["DasTern", "Identity", "AuditLogging", "Platform"]);
        backwards.All.Select(permission => permission.Name).ShouldBe(forwards.All.Select(permission => permission.Name));
    }

    [Fact]
    public void Should_Let_Several_Providers_Join_One_Group()
    {
        var joining = new Provider(context => context.AddGroup("DasTern", "PermissionGroup:DasTern").AddPermission("DasTern.Other", "Other"));

        var manager = new PermissionDefinitionManager([new MedicinesPermissionDefinitionProvider(), joining]);

        manager.Groups.ShouldHaveSingleItem().Permissions.Select(permission => permission.Name).ShouldBe([MedicinesPermissions.Default, "DasTern.Other"], ignoreOrder: true);
    }

    [Fact]
    public void Should_Refuse_A_Group_Defined_Twice_With_Different_Display_Names()
    {
        var conflicting = new Provider(context =>
        {
            context.AddGroup("A", "First");
            context.AddGroup("A", "Second");
        });

        Should.Throw<InvalidOperationException>(() => new PermissionDefinitionManager([conflicting]));
    }
}
