using DasTern.Uow;
using Microsoft.Extensions.DependencyInjection;

namespace DasTern.Security;

[Collection(ApplicationTestCollection.Name)]
public class RevokedAccessTokens_Tests(DatabaseFixture fixture)
{
    private static DateTimeOffset Now => TimeProvider.System.GetUtcNow();

    private async Task<List<string>> RevokedSinceAsync(DateTimeOffset since)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IRevokedAccessTokenRepository>().GetUnexpiredAsync(since)).ConvertAll(token => token.Id);
    }

    [Fact]
    public async Task Should_Write_A_Revocation_With_Its_Unit_Of_Work_And_Take_The_Same_Token_Twice()
    {
        var rolledBack = $"rolled-back-{Guid.NewGuid():N}";
        var committed = $"committed-{Guid.NewGuid():N}";
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync(isTransactional: true);
            await scope.ServiceProvider.GetRequiredService<IRevokedAccessTokenRepository>().AddAsync(rolledBack, Now.AddHours(1));
        }

        await fixture.WithUnitOfWorkAsync(async provider =>
        {
            var repository = provider.GetRequiredService<IRevokedAccessTokenRepository>();
            await repository.AddAsync(committed, Now.AddHours(1));
            await repository.AddAsync(committed, Now.AddHours(1));
            return true;
        });

        var revoked = await RevokedSinceAsync(Now);
        revoked.ShouldContain(committed);
        revoked.ShouldNotContain(rolledBack);
    }

    [Fact]
    public async Task Should_Prune_Only_Revocations_Of_Tokens_That_Have_Expired()
    {
        var expired = $"expired-{Guid.NewGuid():N}";
        var live = $"live-{Guid.NewGuid():N}";
        await fixture.WithUnitOfWorkAsync(async provider =>
        {
            var repository = provider.GetRequiredService<IRevokedAccessTokenRepository>();
            await repository.AddAsync(expired, Now.AddMinutes(-1));
            await repository.AddAsync(live, Now.AddHours(1));
            return true;
        });

        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<RevokedAccessTokenPruneJob>().RunAsync();
        }

        var remaining = await RevokedSinceAsync(Now.AddHours(-1));
        remaining.ShouldContain(live);
        remaining.ShouldNotContain(expired);
    }
}
