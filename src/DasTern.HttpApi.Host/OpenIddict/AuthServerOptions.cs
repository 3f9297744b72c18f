namespace DasTern.OpenIddict;

/// <summary>Token server settings (section <c>AuthServer</c>).</summary>
public sealed class AuthServerOptions
{
    public const string SectionName = "AuthServer";

    /// <summary>Issuer of every token; identical on all instances so any of them accepts any token.</summary>
    public Uri Issuer { get; set; } = new("http://localhost:5000/");

    /// <summary>PEM of the RSA key that signs tokens. Required outside Development.</summary>
    public string? SigningKey { get; set; }

    /// <summary>PEM of the RSA key that encrypts refresh tokens. Required outside Development.</summary>
    public string? EncryptionKey { get; set; }

    /// <summary>Development only: where keys are created once and kept when the two above are not set.</summary>
    public string DevelopmentKeyDirectory { get; set; } = ".data/keys";

    /// <summary>Refuse token requests over plain HTTP (turn off only behind a TLS-terminating proxy or in development).</summary>
    public bool RequireHttps { get; set; } = true;

    /// <summary>The password grant serves first-party apps (ABP's default); switch it off once clients use code + PKCE.</summary>
    public bool EnablePasswordFlow { get; set; } = true;

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);
}
