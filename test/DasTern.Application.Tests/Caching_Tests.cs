using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection;

namespace DasTern;

public class Caching_Tests
{
    private static readonly Dictionary<string, string?> Base = new()
    {
        ["ConnectionStrings:Default"] = "Host=127.0.0.1;Database=unused",
        ["Admin:Password"] = "unused",
        ["OpenIddict:ServiceClientSecret"] = "unused-unused-unused",
    };

    [Fact]
    public void Should_Use_Redis_As_Second_Level_When_Configured()
    {
        using var provider = DasTernTestServices.Build(new Dictionary<string, string?>(Base) { ["Redis:Configuration"] = TestEnvironment.Redis });

        provider.GetService<IDistributedCache>().ShouldBeAssignableTo<RedisCache>();
    }

    [Fact]
    public void Should_Stay_In_Memory_When_Redis_Is_Not_Configured()
    {
        using var provider = DasTernTestServices.Build(new Dictionary<string, string?>(Base) { ["Redis:Configuration"] = "" });

        provider.GetService<IDistributedCache>().ShouldNotBeAssignableTo<RedisCache>();
        provider.GetRequiredService<Microsoft.Extensions.Caching.Hybrid.HybridCache>().ShouldNotBeNull();
    }
}
