using System.ComponentModel.DataAnnotations;
using DasTern.Identity;

namespace DasTern.Account;

/// <summary>What proves the caller before a change to the second factor: a code while two-factor sign-in is on, else the password.</summary>
public class TwoFactorProofDto
{
    /// <summary>The current password; needed while two-factor sign-in is off.</summary>
    [StringLength(UserConsts.MaxPasswordLength)]
    public string? Password { get; set; }

    /// <summary>Six digits from the authenticator app, or a recovery code; needed while two-factor sign-in is on.</summary>
    [StringLength(32)]
    public string? Code { get; set; }
}
