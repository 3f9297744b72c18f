namespace DasTern.Identity;

public static class UserConsts
{
    public const int MaxEmailLength = 256;
    public const int MaxFirstNameLength = 64;
    public const int MaxLastNameLength = 64;
    public const int MaxTimeZoneLength = 64;
    public const int MaxLanguageLength = 8;
    public const string DefaultTimeZone = "Asia/Phnom_Penh";
    public const int MaxPhoneNumberLength = 20;
    public const int MaxLicenseNumberLength = 64;
    public const int MaxSpecialtyLength = 128;
    public const int MaxClinicLength = 128;
    public const int MinPasswordLength = 8;
    public const int MaxPasswordLength = 128;
    public const int DefaultDoseGracePeriodMinutes = 30;
    public const int MaxDoseGracePeriodMinutes = 240;

    /// <summary>
    /// What a phone number may look like as typed: an optional '+', digits, spaces, dashes, dots and
    /// brackets. Whether it is a valid number is libphonenumber's call; it is stored in E.164.
    /// </summary>
    public const string PhoneNumberPattern = @"^\+?[0-9 ().\-]{8,24}$";

    /// <summary>The languages a user may choose (<see cref="Localization.SupportedLanguages"/>).</summary>
    public const string LanguagePattern = "^(en|km)$";
}
