using System.ComponentModel.DataAnnotations;

namespace DasTern.OpenIddict;

/// <summary>OAuth clients and the API scope the migrator seeds (section <c>OpenIddict</c>).</summary>
public sealed class OpenIddictSeedOptions
{
    public const string SectionName = "OpenIddict";

    public const string ApiScope = "DasTern";

    /// <summary>Public client of the mobile apps and the admin panel (no secret).</summary>
    [Required]
    public string MobileClientId { get; set; } = "DasTern_App";

    /// <summary>Confidential client for server-to-server calls (client credentials).</summary>
    [Required]
    public string ServiceClientId { get; set; } = "DasTern_Service";

    /// <summary>Where the code flow may return to: the apps' custom scheme and the admin panel.</summary>
    public List<string> MobileRedirectUris { get; set; } = [];

    public IReadOnlyList<string> EffectiveMobileRedirectUris =>
        MobileRedirectUris.Count > 0 ? MobileRedirectUris : ["dastern://auth/callback", "http://localhost:4200/auth/callback"];

    [Required]
    [MinLength(16)]
    public string ServiceClientSecret { get; set; } = string.Empty;
}
