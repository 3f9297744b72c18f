using Microsoft.AspNetCore.Identity;

namespace DasTern.Identity;

/// <summary>
/// Identity's normalized user-name and email columns from the canonical address, upper-cased as
/// Identity does: every look-up (<c>FindByEmailAsync</c>, sign-in, codes) and the uniqueness check
/// then agree that <c>a@example.com.</c> and <c>A@Example.com</c> are one mailbox. User names are
/// email addresses; other names (roles) stay as Identity normalizes them.
/// </summary>
public sealed class EmailLookupNormalizer : ILookupNormalizer
{
    public string? NormalizeName(string? name) =>
        name is null ? null : (name.Contains('@', StringComparison.Ordinal) ? EmailAddresses.Canonicalize(name) : name).ToUpperInvariant();

    public string? NormalizeEmail(string? email) => email is null ? null : EmailAddresses.Canonicalize(email).ToUpperInvariant();
}
