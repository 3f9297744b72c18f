using DasTern.Medicines;
using DasTern.Uow;
using Microsoft.Extensions.DependencyInjection;

namespace DasTern.Uow;

[Collection(ApplicationTestCollection.Name)]
public class UnitOfWork_Tests(DatabaseFixture fixture)
{
    private static MedicineDetails Details() => new(null, [], "Other", DosageForm.Tablet, ["1 mg"], "mg", null, null, [], true);

    private async Task<bool> ExistsAsync(string name)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMedicineRepository>().FindByNormalizedNameAsync(Medicine.Normalize(name)) is not null;
    }

    [Fact]
    public async Task Should_Roll_Back_Everything_When_The_Work_Fails_Midway()
    {
        var first = $"Rollbackine {Guid.NewGuid():N}";
        var second = $"Rollbackine {Guid.NewGuid():N}";
        var afterCommitRan = false;

        await Should.ThrowAsync<InvalidOperationException>(async () =>
        {
            await using var scope = fixture.Services.CreateAsyncScope();
            var provider = scope.ServiceProvider;
            var manager = provider.GetRequiredService<IUnitOfWorkManager>();
            await using var unitOfWork = await manager.BeginAsync(isTransactional: true);
            var repository = provider.GetRequiredService<IMedicineRepository>();
            var medicines = provider.GetRequiredService<MedicineManager>();
            await repository.InsertAsync(await medicines.CreateAsync(first, Details()));
            await manager.Current!.SaveChangesAsync();
            await repository.InsertAsync(await medicines.CreateAsync(second, Details()));
            manager.Current.OnCompleted(() =>
            {
                afterCommitRan = true;
                return Task.CompletedTask;
            });
            throw new InvalidOperationException("fails before commit");
        });

        (await ExistsAsync(first)).ShouldBeFalse();
        (await ExistsAsync(second)).ShouldBeFalse();
        afterCommitRan.ShouldBeFalse();
    }

    [Fact]
    public async Task Should_Commit_Once_And_Run_After_Commit_Actions()
    {
        var name = $"Commitine {Guid.NewGuid():N}";
        var sawCommittedRow = false;

        await fixture.WithUnitOfWorkAsync(async provider =>
        {
            var manager = provider.GetRequiredService<IUnitOfWorkManager>();
            await provider.GetRequiredService<IMedicineRepository>().InsertAsync(await provider.GetRequiredService<MedicineManager>().CreateAsync(name, Details()));
            manager.Current!.OnCompleted(async () => sawCommittedRow = await ExistsAsync(name));
            return true;
        });

        sawCommittedRow.ShouldBeTrue();
    }

    [Fact]
    public async Task Should_Join_An_Outer_Unit_Of_Work_Instead_Of_Committing_Early()
    {
        var name = $"Nestine {Guid.NewGuid():N}";

        await Should.ThrowAsync<InvalidOperationException>(async () =>
        {
            await using var scope = fixture.Services.CreateAsyncScope();
            var manager = scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>();
            await using var outer = await manager.BeginAsync(isTransactional: true);
            await using (var inner = await manager.BeginAsync(isTransactional: true))
            {
                await scope.ServiceProvider.GetRequiredService<IMedicineRepository>()
                    .InsertAsync(await scope.ServiceProvider.GetRequiredService<MedicineManager>().CreateAsync(name, Details()));
                await inner.CompleteAsync();
            }

            throw new InvalidOperationException("outer fails");
        });

        (await ExistsAsync(name)).ShouldBeFalse();
    }
}
