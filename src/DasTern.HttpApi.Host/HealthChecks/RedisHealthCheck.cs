using DasTern.Redis;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DasTern.HealthChecks;

/// <summary>Pings Redis over the shared connection; while its circuit is open, answers at once without trying.</summary>
public sealed class RedisHealthCheck(RedisAvailability redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!redis.IsAvailable)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "Redis is unavailable; the API runs without it.");
        }

        try
        {
            await redis.Connection.GetDatabase().PingAsync();
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (RedisAvailability.IsFailure(exception))
        {
            redis.ReportFailure(exception);
            return new HealthCheckResult(context.Registration.FailureStatus, "Redis does not answer; the API runs without it.", exception);
        }
    }
}
