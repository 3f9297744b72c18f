using System.ComponentModel.DataAnnotations;

namespace DasTern.OpenIddict;

/// <summary>OAuth clients and the API scope the migrator seeds (section <c>OpenIddict</c>).</summary>
public sealed class OpenIddictSeedOptions
{
    public const string SectionName = "OpenIddict";

    public const string ApiScope = "DasTern";

    /// <summary>The service client secret of appsettings.Development.json; refused anywhere else.</summary>
    public const string DevelopmentServiceClientSecret = "dev-service-secret-change-me";

    /// <summary>Public client of the mobile apps and the admin panel (no secret).</summary>
    [Required]
    public string MobileClientId { get; set; } = "DasTern_App";

    /// <summary>Confidential client for server-to-server calls (client credentials).</summary>
    [Required]
    public string ServiceClientId { get; set; } = "DasTern_Service";

    /// <summary>Where the code flow (and logout) may return to: the apps' custom scheme and the admin panel's address.</summary>
    public List<string> MobileRedirectUris { get; set; } = [];

    public IReadOnlyList<string> EffectiveMobileRedirectUris => MobileRedirectUris.Count > 0 ? MobileRedirectUris : ["dastern://auth/callback"];

    [Required]
    [MinLength(16)]
    public string ServiceClientSecret { get; set; } = string.Empty;

    /// <summary>Why these settings may not be used, or null when they may.</summary>
    public string? ProblemOutsideDevelopment(bool isDevelopment) =>
        !isDevelopment && ServiceClientSecret == DevelopmentServiceClientSecret
            ? "OpenIddict:ServiceClientSecret still has the development value; set a secret of your own."
            : null;
}
