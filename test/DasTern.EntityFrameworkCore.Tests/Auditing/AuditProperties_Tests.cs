using DasTern.EntityFrameworkCore;
using DasTern.Identity;
using DasTern.Medicines;
using DasTern.Security;
using DasTern.Uow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DasTern.Auditing;

[Collection(EfCoreTestCollection.Name)]
public class AuditProperties_Tests(EfCoreFixture fixture)
{
    private static MedicineDetails Details(string category = "Other") => new(null, [], category, DosageForm.Tablet, ["1 mg"], "mg", null, null, [], true);

    private async Task<T> AsUserAsync<T>(Guid userId, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentPrincipalAccessor>().Change(TestPrincipals.User(userId, RoleNames.Admin));
        await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync(true);
        var result = await action(scope.ServiceProvider);
        await unitOfWork.CompleteAsync();
        return result;
    }

    private async Task<Medicine> LoadIncludingDeletedAsync(Guid id)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DasTernDbContext>().Medicines.IgnoreQueryFilters().AsNoTracking().SingleAsync(m => m.Id == id);
    }

    [Fact]
    public async Task Should_Stamp_Creation_Modification_And_Deletion_With_User_And_Clock()
    {
        var creator = Guid.NewGuid();
        var modifier = Guid.NewGuid();
        var deleter = Guid.NewGuid();
        var createdAt = fixture.Clock.GetUtcNow();

        var id = await AsUserAsync(creator, async provider =>
        {
            var medicine = await provider.GetRequiredService<MedicineManager>().CreateAsync($"Auditine {Guid.NewGuid():N}", Details());
            await provider.GetRequiredService<IMedicineRepository>().InsertAsync(medicine);
            return medicine.Id;
        });
        var created = await LoadIncludingDeletedAsync(id);

        fixture.Clock.Advance(TimeSpan.FromMinutes(5));
        await AsUserAsync(modifier, async provider =>
        {
            (await provider.GetRequiredService<IMedicineRepository>().GetAsync(id)).SetDetails(Details("Analgesic"));
            return true;
        });
        var modified = await LoadIncludingDeletedAsync(id);

        fixture.Clock.Advance(TimeSpan.FromMinutes(5));
        await AsUserAsync(deleter, async provider =>
        {
            var repository = provider.GetRequiredService<IMedicineRepository>();
            await repository.DeleteAsync(await repository.GetAsync(id));
            return true;
        });
        var deleted = await LoadIncludingDeletedAsync(id);

        created.CreationTime.ShouldBe(createdAt);
        created.CreatorId.ShouldBe(creator);
        created.LastModificationTime.ShouldBeNull();
        modified.LastModificationTime.ShouldBe(createdAt.AddMinutes(5));
        modified.LastModifierId.ShouldBe(modifier);
        modified.ConcurrencyStamp.ShouldNotBe(created.ConcurrencyStamp);
        deleted.IsDeleted.ShouldBeTrue();
        deleted.DeleterId.ShouldBe(deleter);
        deleted.DeletionTime.ShouldBe(createdAt.AddMinutes(10));
        (await AsUserAsync(deleter, provider => provider.GetRequiredService<IMedicineRepository>().FindAsync(id))).ShouldBeNull();
    }
}
