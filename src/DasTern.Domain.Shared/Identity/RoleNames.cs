namespace DasTern.Identity;

public static class RoleNames
{
    public const string Patient = "Patient";
    public const string Doctor = "Doctor";
    public const string Caregiver = "Caregiver";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> BuiltIn = [Patient, Doctor, Caregiver, Admin];
}
