using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace DasTern.OpenIddict;

/// <summary>
/// Unhealthy until the revocation list has been read once (tokens revoked before this instance
/// started would pass); degraded when the last read is older than three reload intervals.
/// </summary>
public sealed class RevocationListHealthCheck(RevokedAccessTokenMirror mirror, IOptions<AccessTokenRevocationOptions> options, TimeProvider timeProvider) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var lastLoaded = mirror.LastLoaded;
        var data = new Dictionary<string, object> { ["lastLoaded"] = lastLoaded?.ToString("O") ?? "never" };
        return Task.FromResult(lastLoaded switch
        {
            null => HealthCheckResult.Unhealthy("The revocation list has never been loaded.", data: data),
            { } loaded when timeProvider.GetUtcNow() - loaded > 3 * options.Value.ReloadInterval =>
                HealthCheckResult.Degraded("The revocation list has not been reloaded for more than three intervals.", data: data),
            _ => HealthCheckResult.Healthy(data: data),
        });
    }
}
