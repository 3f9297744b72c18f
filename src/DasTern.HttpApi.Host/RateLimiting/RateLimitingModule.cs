using DasTern.Modularity;

namespace DasTern.RateLimiting;

/// <summary>Request limits (see <see cref="RateLimiterSetup"/>); the partitions count in Redis when it is available.</summary>
public sealed class RateLimitingModule : DasTernModule
{
    public override void ConfigureServices(ModuleContext context)
    {
        context.Services.AddRateLimiter(_ => { });
        context.Services.AddSingleton<RateLimitPartitions>();
    }
}
