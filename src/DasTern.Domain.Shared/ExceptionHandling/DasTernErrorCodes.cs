namespace DasTern.ExceptionHandling;

/// <summary>Stable error codes sent to clients in the problem-details <c>code</c> member.</summary>
public static class DasTernErrorCodes
{
    public const string InternalError = "DasTern:InternalError";
    public const string ValidationFailed = "DasTern:ValidationFailed";
    public const string Unauthorized = "DasTern:Unauthorized";
    public const string Forbidden = "DasTern:Forbidden";
    public const string EntityNotFound = "DasTern:EntityNotFound";
    public const string ConcurrencyConflict = "DasTern:ConcurrencyConflict";
    public const string NotFound = "DasTern:NotFound";
    public const string MethodNotAllowed = "DasTern:MethodNotAllowed";
    public const string UnsupportedMediaType = "DasTern:UnsupportedMediaType";
    public const string RequestFailed = "DasTern:RequestFailed";
    public const string SortingNotAllowed = "DasTern:SortingNotAllowed";
    public const string DuplicateRecord = "DasTern:DuplicateRecord";
    public const string TooManyRequests = "DasTern:TooManyRequests";
    public const string PayloadTooLarge = "DasTern:PayloadTooLarge";
    public const string UnstorableText = "DasTern:UnstorableText";
    public const string RequestTimeout = "DasTern:RequestTimeout";
    public const string ServiceUnavailable = "DasTern:ServiceUnavailable";

    public const string MedicineDuplicateName = "DasTern:Medicine:DuplicateName";
    public const string MedicineNotFoundForInteraction = "DasTern:Medicine:UnknownInCheck";

    public const string AccountDuplicateEmail = "DasTern:Account:DuplicateEmail";
    public const string AccountDuplicatePhoneNumber = "DasTern:Account:DuplicatePhoneNumber";
    public const string AccountInvalidCode = "DasTern:Account:InvalidCode";
    public const string AccountInvalidTwoFactorCode = "DasTern:Account:InvalidTwoFactorCode";
    public const string AccountTwoFactorNotSetUp = "DasTern:Account:TwoFactorNotSetUp";
    public const string AccountTwoFactorNotEnabled = "DasTern:Account:TwoFactorNotEnabled";
    public const string AccountInvalidPassword = "DasTern:Account:InvalidPassword";
    public const string AccountPasswordRequired = "DasTern:Account:PasswordRequired";
    public const string AccountTwoFactorCodeRequired = "DasTern:Account:TwoFactorCodeRequired";
    public const string AccountLockedOut = "DasTern:Account:LockedOut";

    public const string IdentityStaticRole = "DasTern:Identity:StaticRole";
    public const string IdentityDuplicateRole = "DasTern:Identity:DuplicateRole";
    public const string IdentityUnknownRole = "DasTern:Identity:UnknownRole";
    public const string IdentityNotAPendingDoctor = "DasTern:Identity:NotAPendingDoctor";
    public const string IdentityCannotChangeOwnPrivileges = "DasTern:Identity:CannotChangeOwnPrivileges";
    public const string IdentityBeyondOwnPermissions = "DasTern:Identity:BeyondOwnPermissions";
    public const string IdentityHoldsMorePermissions = "DasTern:Identity:HoldsMorePermissions";
    public const string IdentityLastAdmin = "DasTern:Identity:LastAdmin";

    // Rich aggregates: rules of the user's own parts (dosing preferences).
    public const string PatientMealTimesOutOfOrder = "DasTern:Patient:MealTimesOutOfOrder";
    public const string PatientGracePeriodOutOfRange = "DasTern:Patient:GracePeriodOutOfRange";

    public const string PermissionUnknown = "DasTern:Permission:Unknown";
    public const string PermissionProviderUnknown = "DasTern:Permission:ProviderUnknown";
    public const string PermissionProviderKeyUnknown = "DasTern:Permission:ProviderKeyUnknown";
}
