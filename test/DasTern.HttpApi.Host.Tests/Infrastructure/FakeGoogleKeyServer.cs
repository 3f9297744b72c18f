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
/// ID tokens with it, so the production validator runs unchanged against a real HTTP endpoint. It
/// counts the fetches of its key set and can misbehave as a real one might: answer an HTML page,
/// or hold its answers until the test lets them go (a slow or hung server).
/// </summary>
public sealed class FakeGoogleKeyServer : IAsyncDisposable
{
    public const string ClientId = "dastern-android.apps.googleusercontent.com";

    private readonly RSA _rsa = RSA.Create(2048);
    private readonly JsonWebKey _publicKey;
    private WebApplication _app = null!;
    private int _fetches;
    private TaskCompletionSource _release = CompletedRelease();

    private FakeGoogleKeyServer()
    {
        Key = new RsaSecurityKey(_rsa) { KeyId = "fake-google-key" };
        _publicKey = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(_rsa.ExportParameters(false)) { KeyId = Key.KeyId });
        _publicKey.Use = "sig";
        _publicKey.Alg = SecurityAlgorithms.RsaSha256;
    }

    public enum KeySetAnswer
    {
        Keys,
        Html,
    }

    public RsaSecurityKey Key { get; }

    public KeySetAnswer Answer { get; set; } = KeySetAnswer.Keys;

    /// <summary>How often the key set has been asked for.</summary>
    public int Fetches => Volatile.Read(ref _fetches);

    public Uri JwksUri => new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/oauth2/v3/certs");

    public static async Task<FakeGoogleKeyServer> StartAsync()
    {
        var server = new FakeGoogleKeyServer();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        server._app = builder.Build();
        server._app.MapGet("/oauth2/v3/certs", (Delegate)server.AnswerAsync);
        await server._app.StartAsync();
        return server;
    }

    /// <summary>From now on, answers wait until <see cref="Release"/> (or the caller gives up).</summary>
    public void Hold() => _release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _release.TrySetResult();

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
        Release();
        await _app.DisposeAsync();
        _rsa.Dispose();
    }

    private static TaskCompletionSource CompletedRelease()
    {
        var released = new TaskCompletionSource();
        released.SetResult();
        return released;
    }

    private async Task<IResult> AnswerAsync(HttpContext context)
    {
        Interlocked.Increment(ref _fetches);
        await _release.Task.WaitAsync(context.RequestAborted);
        if (Answer == KeySetAnswer.Html)
        {
            return Results.Content("<!doctype html><html><body>Service Unavailable</body></html>", "text/html", statusCode: StatusCodes.Status200OK);
        }

        context.Response.Headers.CacheControl = "public, max-age=3600";
        return Results.Json(new { keys = new[] { _publicKey } });
    }
}
