using DasTern.Uow;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;

namespace DasTern.Caching;

[Collection(ApplicationTestCollection.Name)]
public class CommittedCache_Tests(DatabaseFixture fixture)
{
    private static readonly HybridCacheEntryOptions Cached = new() { Expiration = TimeSpan.FromMinutes(5) };

    private async Task<int> ReadAsync(string key, string tag, int fresh)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CommittedCache>()
            .GetOrCreateAsync(key, fresh, static (value, _) => ValueTask.FromResult(value), Cached, [tag]);
    }

    private async Task DropAsync(string tag, bool commit)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync(isTransactional: true);
        scope.ServiceProvider.GetRequiredService<CommittedCache>().RemoveByTagAfterCommit(tag);
        if (commit)
        {
            await unitOfWork.CompleteAsync();
        }
    }

    [Fact]
    public async Task Should_Drop_Tagged_Entries_Only_When_The_Unit_Of_Work_Commits()
    {
        var (key, tag) = ($"committed-cache:{Guid.NewGuid():N}", $"tag:{Guid.NewGuid():N}");
        (await ReadAsync(key, tag, fresh: 1)).ShouldBe(1);

        await DropAsync(tag, commit: false);
        var afterRollback = await ReadAsync(key, tag, fresh: 2);
        await DropAsync(tag, commit: true);
        var afterCommit = await ReadAsync(key, tag, fresh: 3);

        afterRollback.ShouldBe(1);
        afterCommit.ShouldBe(3);
    }

    [Fact]
    public async Task Should_Read_Through_When_Caching_Is_Turned_Off()
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var cache = scope.ServiceProvider.GetRequiredService<CommittedCache>();
        var off = new HybridCacheEntryOptions { Expiration = TimeSpan.Zero };
        var key = $"committed-cache:{Guid.NewGuid():N}";

        (await cache.GetOrCreateAsync(key, 1, static (value, _) => ValueTask.FromResult(value), off, [])).ShouldBe(1);
        (await cache.GetOrCreateAsync(key, 2, static (value, _) => ValueTask.FromResult(value), off, [])).ShouldBe(2);
    }
}
