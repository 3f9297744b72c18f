namespace DasTern.Identity;

public enum DoctorVerificationStatus
{
    /// <summary>Not a doctor account.</summary>
    None,

    /// <summary>Registered as a doctor; signs in, but holds no doctor permissions until an admin verifies the licence.</summary>
    Pending,

    Verified,

    Rejected,
}
