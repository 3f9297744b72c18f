namespace DasTern.OpenIddict;

/// <summary>Access-token validation (section <c>AccessTokenValidation</c>).</summary>
public sealed class AccessTokenValidationOptions
{
    public const string SectionName = "AccessTokenValidation";

    /// <summary>
    /// How many validated access tokens this instance remembers, so a token's signature is checked
    /// once rather than on every request (see <see cref="ValidatedAccessTokenCache"/>); 0 turns it off.
    /// </summary>
    [System.ComponentModel.DataAnnotations.Range(0, 1_000_000)]
    public int CacheSize { get; set; } = 10_000;
}
