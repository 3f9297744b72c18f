using DasTern.Authorization.Permissions;
using DasTern.Identity;
using DasTern.Permissions;

namespace DasTern.Medicines;

public sealed class MedicinesPermissionDefinitionProvider : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context)
    {
        var medicines = context.AddGroup(DasTernPermissions.GroupName, DasTernPermissions.GroupDisplayName)
            .AddPermission(MedicinesPermissions.Default, "Permission:Medicines")
            .GrantByDefaultTo(RoleNames.Patient, RoleNames.Doctor, RoleNames.Caregiver);
        medicines.AddChild(MedicinesPermissions.Create, "Permission:Medicines.Create");
        medicines.AddChild(MedicinesPermissions.Edit, "Permission:Medicines.Edit");
        medicines.AddChild(MedicinesPermissions.Delete, "Permission:Medicines.Delete");
    }
}
