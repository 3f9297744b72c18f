using DasTern.Entities;
using DasTern.ExceptionHandling;
using DasTern.Localization;
using Microsoft.AspNetCore.Identity;

namespace DasTern.Identity;

/// <summary>
/// The user aggregate. Its own state changes only through its methods; the members it inherits from
/// <see cref="IdentityUser{TKey}"/> keep their setters because Identity's stores and managers write them.
/// </summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public AppUser(string userName, string? email, DateTimeOffset creationTime)
        : base(userName)
    {
        Id = EntityId.New();
        Email = email;
        SecurityStamp = Guid.NewGuid().ToString("N");
        CreationTime = creationTime;
    }

    private AppUser()
    {
    }

    /// <summary>The same check as every aggregate's; Identity's store then saves against the loaded stamp.</summary>
    public void ExpectConcurrencyStamp(string concurrencyStamp) => ConcurrencyStamps.Expect(ConcurrencyStamp, concurrencyStamp);

    public string? FirstName { get; private set; }

    public string? LastName { get; private set; }

    /// <summary>IANA time-zone id used to lay out the user's dose times.</summary>
    public string TimeZone { get; private set; } = UserConsts.DefaultTimeZone;

    public string Language { get; private set; } = SupportedLanguages.Default;

    public bool IsActive { get; private set; } = true;

    public DateTimeOffset? LastLoginTime { get; private set; }

    public DateTimeOffset CreationTime { get; private set; }

    public PatientDosingPreferences DosingPreferences { get; private set; } = PatientDosingPreferences.Default;

    /// <summary>Only doctor accounts have one.</summary>
    public DoctorProfile? DoctorProfile { get; private set; }

    public DoctorVerificationStatus DoctorStatus => DoctorProfile?.Status ?? DoctorVerificationStatus.None;

    /// <summary>The newest TOTP time step accepted from this user's authenticator: an older or equal one is a replay.</summary>
    public long? AuthenticatorTimeStep { get; private set; }

    public void SetName(string? firstName, string? lastName)
    {
        FirstName = Check.MaxLength(firstName, "firstName", UserConsts.MaxFirstNameLength);
        LastName = Check.MaxLength(lastName, "lastName", UserConsts.MaxLastNameLength);
    }

    /// <summary>The zone must already be a known IANA id (the application checks it against the platform's list).</summary>
    public void SetTimeZone(string timeZone) => TimeZone = Check.NotNullOrWhiteSpace(timeZone, "timeZone", UserConsts.MaxTimeZoneLength);

    public void SetLanguage(string language) =>
        Language = SupportedLanguages.IsSupported(language)
            ? language.ToLowerInvariant()
            : throw new ValidationFailedException("language", $"The language must be one of: {string.Join(", ", SupportedLanguages.All)}.");

    public void Activate() => IsActive = true;

    public void Deactivate() => IsActive = false;

    public void RecordLogin(DateTimeOffset now) => LastLoginTime = now;

    public void SetDosingPreferences(PatientDosingPreferences preferences) => DosingPreferences = preferences;

    /// <summary>A doctor's application: the account holds no doctor permissions until an admin verifies the licence.</summary>
    public void ApplyAsDoctor(string licenseNumber, string specialty, string clinic) =>
        DoctorProfile = new DoctorProfile(licenseNumber, specialty, clinic);

    public void DecideDoctorApplication(bool approve) =>
        (DoctorProfile ?? throw new BusinessException(IdentityErrorCodes.NotAPendingDoctor)).Decide(approve);

    /// <summary>The account stops being a doctor's (an account taken over by its email's owner starts again as a patient).</summary>
    public void RemoveDoctorProfile() => DoctorProfile = null;

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
