namespace DasTern.OpenIddict;

/// <summary>Google sign-in (section <c>Google</c>): the apps send a Google ID token to <c>/connect/token</c>.</summary>
public sealed class GoogleOptions
{
    public const string SectionName = "Google";

    /// <summary>Custom grant type of the token request; the ID token goes in the <c>id_token</c> parameter.</summary>
    public const string GrantType = OpenIddictDataSeedContributor.GoogleGrantType;

    /// <summary>OAuth client ids of our apps at Google (Android, iOS, web): the accepted audiences. Empty turns Google sign-in off.</summary>
    public List<string> ClientIds { get; set; } = [];

    /// <summary>Where Google publishes its signing keys.</summary>
    public Uri JwksUri { get; set; } = new("https://www.googleapis.com/oauth2/v3/certs");

    public List<string> Issuers { get; set; } = [];

    public bool IsEnabled => ClientIds.Count > 0;

    /// <summary>Longest wait for Google's key set; a slower answer counts as a failed fetch.</summary>
    public TimeSpan KeyRequestTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Least time between two fetches of the key set, whatever key ids tokens name.</summary>
    public TimeSpan KeyRefreshInterval { get; set; } = TimeSpan.FromSeconds(30);

    public IReadOnlyList<string> EffectiveIssuers => Issuers.Count > 0 ? Issuers : ["accounts.google.com", "https://accounts.google.com"];
}
