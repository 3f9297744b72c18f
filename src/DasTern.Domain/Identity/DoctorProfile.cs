using DasTern.ExceptionHandling;

namespace DasTern.Identity;

/// <summary>
/// What a doctor registered with (licence, specialty, clinic) and where the licence check stands.
/// Part of the user's aggregate, stored in a row of its own that only doctor accounts have; the
/// user changes it, and every change rotates the user's concurrency stamp.
/// </summary>
public sealed class DoctorProfile
{
    internal DoctorProfile(string licenseNumber, string specialty, string clinic)
    {
        LicenseNumber = Check.NotNullOrWhiteSpace(licenseNumber, "licenseNumber", UserConsts.MaxLicenseNumberLength);
        Specialty = Check.NotNullOrWhiteSpace(specialty, "specialty", UserConsts.MaxSpecialtyLength);
        Clinic = Check.NotNullOrWhiteSpace(clinic, "clinic", UserConsts.MaxClinicLength);
        Status = DoctorVerificationStatus.Pending;
    }

    private DoctorProfile()
    {
    }

    public DoctorVerificationStatus Status { get; private set; }

    public string LicenseNumber { get; private set; } = string.Empty;

    public string Specialty { get; private set; } = string.Empty;

    public string Clinic { get; private set; } = string.Empty;

    /// <summary>An admin's decision on a pending licence; a decided one is not decided again.</summary>
    internal void Decide(bool approve)
    {
        if (Status != DoctorVerificationStatus.Pending)
        {
            throw new BusinessException(IdentityErrorCodes.NotAPendingDoctor);
        }

        Status = approve ? DoctorVerificationStatus.Verified : DoctorVerificationStatus.Rejected;
    }
}
