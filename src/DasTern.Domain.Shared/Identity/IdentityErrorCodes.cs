namespace DasTern.Identity;

/// <summary>Stable error codes of identity management, sent to clients in the problem-details <c>code</c> member.</summary>
public static class IdentityErrorCodes
{
    public const string StaticRole = "DasTern:Identity:StaticRole";
    public const string DuplicateRole = "DasTern:Identity:DuplicateRole";
    public const string UnknownRole = "DasTern:Identity:UnknownRole";
    public const string NotAPendingDoctor = "DasTern:Identity:NotAPendingDoctor";
    public const string CannotChangeOwnPrivileges = "DasTern:Identity:CannotChangeOwnPrivileges";
    public const string BeyondOwnPermissions = "DasTern:Identity:BeyondOwnPermissions";
    public const string HoldsMorePermissions = "DasTern:Identity:HoldsMorePermissions";
    public const string LastAdmin = "DasTern:Identity:LastAdmin";
    public const string PatientMealTimesOutOfOrder = "DasTern:Patient:MealTimesOutOfOrder";
    public const string PatientGracePeriodOutOfRange = "DasTern:Patient:GracePeriodOutOfRange";
}
