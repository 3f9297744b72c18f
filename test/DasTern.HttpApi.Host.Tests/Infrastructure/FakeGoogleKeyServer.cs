using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DasTern.Infrastructure;

/// <summary>
/// Stands in for Google on loopback: publishes a JWKS document with a key of its own and signs
/// ID tokens with it, so the production validator runs unchanged against a real HTTP endpoint.
/// </summary>
public sealed class FakeGoogleKeyServer : IAsyncDisposable
{
    public const string ClientId = "dastern-android.apps.googleusercontent.com";

    private readonly WebApplication _app;

    private FakeGoogleKeyServer(WebApplication app, RsaSecurityKey key)
    {
        _app = app;
        Key = key;
    }

    public RsaSecurityKey Key { get; }

    public Uri JwksUri => new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/oauth2/v3/certs");

    public static async Task<FakeGoogleKeyServer> StartAsync()
    {
        var rsa = RSA.Create(2048);
        var key = new RsaSecurityKey(rsa) { KeyId = "fake-google-key" };
        var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(rsa.ExportParameters(false)) { KeyId = key.KeyId });
        jwk.Use = "sig";
        jwk.Alg = SecurityAlgorithms.RsaSha256;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapGet("/oauth2/v3/certs", () => Results.Json(new { keys = new[] { jwk } }));
        await app.StartAsync();
        return new FakeGoogleKeyServer(app, key);
    }

    public string IssueIdToken(string subject, string email, bool emailVerified = true, string audience = ClientId, string issuer = "https://accounts.google.com", TimeSpan? lifetime = null, SecurityKey? signWith = null)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = now.AddMinutes(-5),
            NotBefore = now.AddMinutes(-5),
            Expires = now + (lifetime ?? TimeSpan.FromMinutes(30)),
            Subject = new ClaimsIdentity(
            [
                new Claim("sub", subject),
                new Claim("email", email),
                new Claim("email_verified", emailVerified ? "true" : "false", ClaimValueTypes.Boolean),
                new Claim("given_name", "Google"),
                new Claim("family_name", "User"),
            ]),
            SigningCredentials = new SigningCredentials(signWith ?? Key, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        Key.Rsa.Dispose();
    }
}
