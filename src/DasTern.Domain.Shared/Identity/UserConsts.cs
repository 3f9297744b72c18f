namespace DasTern.Identity;

public static class UserConsts
{
    public const int MaxFirstNameLength = 64;
    public const int MaxLastNameLength = 64;
    public const int MaxTimeZoneLength = 64;
    public const int MaxLanguageLength = 8;
    public const string DefaultTimeZone = "Asia/Phnom_Penh";
}
