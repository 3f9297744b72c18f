using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DasTern;

/// <summary>A migrated database whose clock the tests control.</summary>
public sealed class EfCoreFixture : DatabaseFixture
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 1, 15, 8, 0, 0, TimeSpan.Zero));

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
}

[CollectionDefinition(Name)]
public sealed class EfCoreTestCollection : ICollectionFixture<EfCoreFixture>
{
    public const string Name = "EntityFrameworkCore";
}
