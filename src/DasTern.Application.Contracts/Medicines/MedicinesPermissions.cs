using DasTern.Permissions;

namespace DasTern.Medicines;

/// <summary>Permission names of the medicine catalogue; each is also an authorization policy name.</summary>
public static class MedicinesPermissions
{
    public const string Default = DasTernPermissions.GroupName + ".Medicines";
    public const string Create = Default + ".Create";
    public const string Edit = Default + ".Edit";
    public const string Delete = Default + ".Delete";
}
