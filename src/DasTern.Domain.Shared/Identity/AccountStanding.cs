namespace DasTern.Identity;

/// <summary>Whether an account may sign in and keep its sessions, and if not, why.</summary>
public enum AccountStanding
{
    Active,

    /// <summary>Deactivated by an administrator.</summary>
    Inactive,

    /// <summary>Locked by an administrator or by too many failed attempts, until the lock ends.</summary>
    LockedOut,

    /// <summary>Registered but the email address was never confirmed: such an account may belong to anyone.</summary>
    EmailNotConfirmed,

    /// <summary>A doctor application an administrator rejected.</summary>
    DoctorRejected,
}
