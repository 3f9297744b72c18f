using DasTern.Entities;
using DasTern.Localization;
using Microsoft.AspNetCore.Identity;

namespace DasTern.Identity;

public sealed class AppUser : IdentityUser<Guid>
{
    public AppUser(string userName, string? email)
        : base(userName)
    {
        Id = EntityId.New();
        Email = email;
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    private AppUser()
    {
    }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    /// <summary>IANA time-zone id used to lay out the user's dose times.</summary>
    public string TimeZone { get; set; } = UserConsts.DefaultTimeZone;

    public string Language { get; set; } = SupportedLanguages.Default;

    public bool IsActive { get; set; } = true;

    public DateTimeOffset? LastLoginTime { get; set; }

    public DateTimeOffset CreationTime { get; set; }

    /// <summary>Meal times (in the user's time zone) that place doses taken with meals.</summary>
    public TimeOnly MorningMealTime { get; set; } = new(7, 0);

    public TimeOnly NoonMealTime { get; set; } = new(12, 0);

    public TimeOnly EveningMealTime { get; set; } = new(18, 0);

    public TimeOnly NightMealTime { get; set; } = new(21, 0);

    /// <summary>How long after its time a dose still counts as taken rather than missed.</summary>
    public int DoseGracePeriodMinutes { get; set; } = UserConsts.DefaultDoseGracePeriodMinutes;

    public DoctorVerificationStatus DoctorStatus { get; set; }

    public string? DoctorLicenseNumber { get; set; }

    public string? DoctorSpecialty { get; set; }

    public string? DoctorClinic { get; set; }

    /// <summary>The newest TOTP time step accepted from this user's authenticator: an older or equal one is a replay.</summary>
    public long? AuthenticatorTimeStep { get; private set; }

    /// <summary>One rule for every way in (password, Google, refresh, the login cookie): who may sign in and stay signed in.</summary>
    public AccountStanding StandingAt(DateTimeOffset now) =>
        !IsActive ? AccountStanding.Inactive
        : LockoutEnabled && LockoutEnd is { } lockoutEnd && lockoutEnd > now ? AccountStanding.LockedOut
        : DoctorStatus == DoctorVerificationStatus.Rejected ? AccountStanding.DoctorRejected
        : !EmailConfirmed ? AccountStanding.EmailNotConfirmed
        : AccountStanding.Active;

    /// <summary>The number in E.164, so one number has one spelling; null when there is none or it is not a valid phone number.</summary>
    public static string? NormalizePhoneNumber(string? phoneNumber) =>
        string.IsNullOrWhiteSpace(phoneNumber) ? null : PhoneNumberNormalizer.ToE164(phoneNumber);
}
