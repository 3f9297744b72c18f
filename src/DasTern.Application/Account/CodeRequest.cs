using DasTern.Identity;

namespace DasTern.Account;

/// <summary>A request for a confirmation or reset code, for an address that may or may not have an account.</summary>
public sealed record CodeRequest(VerificationCodePurpose Purpose, string Email);
