using DasTern.EntityFrameworkCore;
using DasTern.ExceptionHandling;
using DasTern.Uow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DasTern.Medicines;

[Collection(EfCoreTestCollection.Name)]
public class MedicinePersistence_Tests(EfCoreFixture fixture)
{
    private static MedicineDetails Details(string category = "Other") => new(null, ["Brand"], category, DosageForm.Capsule, ["1 mg"], "mg", null, null, ["ssri"], true);

    private async Task<Guid> InsertAsync(string name) =>
        await fixture.WithUnitOfWorkAsync(async provider =>
        {
            var medicine = await provider.GetRequiredService<MedicineManager>().CreateAsync(name, Details());
            await provider.GetRequiredService<IMedicineRepository>().InsertAsync(medicine);
            return medicine.Id;
        });

    [Fact]
    public async Task Should_Keep_Names_Unique_Among_Live_Rows_Only()
    {
        var name = $"Uniquine {Guid.NewGuid():N}";
        var first = await InsertAsync(name);

        // Bypass the manager's check to prove the database index itself refuses a live duplicate.
        var duplicate = await Should.ThrowAsync<BusinessException>(() => fixture.WithUnitOfWorkAsync(async provider =>
        {
            var manager = new MedicineManager(new EmptyLookupRepository(provider.GetRequiredService<IMedicineRepository>()));
            await provider.GetRequiredService<IMedicineRepository>().InsertAsync(await manager.CreateAsync(name, Details()));
            return true;
        }));
        await fixture.WithUnitOfWorkAsync(async provider =>
        {
            var repository = provider.GetRequiredService<IMedicineRepository>();
            await repository.DeleteAsync(await repository.GetAsync(first));
            return true;
        });
        var second = await InsertAsync(name);

        duplicate.Code.ShouldBe(CommonErrorCodes.DuplicateRecord);
        duplicate.HttpStatusCode.ShouldBe(409);
        second.ShouldNotBe(first);
    }

    [Fact]
    public async Task Should_Refuse_The_Second_Of_Two_Concurrent_Updates()
    {
        var id = await InsertAsync($"Racine {Guid.NewGuid():N}");
        await using var firstScope = fixture.Services.CreateAsyncScope();
        await using var secondScope = fixture.Services.CreateAsyncScope();
        await using var firstWork = await firstScope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync(true);
        await using var secondWork = await secondScope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync(true);
        var firstCopy = await firstScope.ServiceProvider.GetRequiredService<IMedicineRepository>().GetAsync(id);
        var secondCopy = await secondScope.ServiceProvider.GetRequiredService<IMedicineRepository>().GetAsync(id);

        firstCopy.SetDetails(Details("Analgesic"));
        await firstWork.CompleteAsync();
        secondCopy.SetDetails(Details("Antibiotic"));

        await Should.ThrowAsync<ConcurrencyConflictException>(() => secondWork.CompleteAsync());
    }

    [Fact]
    public async Task Should_Store_Lists_And_Enums_Readably()
    {
        var id = await InsertAsync($"Listine {Guid.NewGuid():N}");
        await using var scope = fixture.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DasTernDbContext>();

        var form = await db.Database.SqlQuery<string>($"SELECT \"DosageForm\" AS \"Value\" FROM \"Medicines\" WHERE \"Id\" = {id}").SingleAsync();
        var loaded = await db.Medicines.AsNoTracking().SingleAsync(m => m.Id == id);

        form.ShouldBe("Capsule");
        loaded.BrandNames.ShouldBe(["Brand"]);
        loaded.DrugClasses.ShouldBe(["ssri"]);
    }

    /// <summary>Finds no existing names, so only the database stands between two equal names.</summary>
    private sealed class EmptyLookupRepository(IMedicineRepository inner) : IMedicineRepository
    {
        public Task<Medicine?> FindByNormalizedNameAsync(string normalizedGenericName, CancellationToken cancellationToken = default) => Task.FromResult<Medicine?>(null);

        public Task<(long TotalCount, List<Medicine> Items)> GetPagedListAsync(MedicineListQuery query, CancellationToken cancellationToken = default) => inner.GetPagedListAsync(query, cancellationToken);

        public Task<List<string>> GetCategoriesAsync(CancellationToken cancellationToken = default) => inner.GetCategoriesAsync(cancellationToken);

        public Task<List<Medicine>> GetListByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default) => inner.GetListByIdsAsync(ids, cancellationToken);

        public Task<HashSet<string>> GetAllNormalizedNamesIncludingDeletedAsync(CancellationToken cancellationToken = default) => inner.GetAllNormalizedNamesIncludingDeletedAsync(cancellationToken);

        public Task<Medicine?> FindAsync(Guid id, CancellationToken cancellationToken = default) => inner.FindAsync(id, cancellationToken);

        public Task<Medicine> GetAsync(Guid id, CancellationToken cancellationToken = default) => inner.GetAsync(id, cancellationToken);

        public Task InsertAsync(Medicine entity, CancellationToken cancellationToken = default) => inner.InsertAsync(entity, cancellationToken);

        public Task DeleteAsync(Medicine entity, CancellationToken cancellationToken = default) => inner.DeleteAsync(entity, cancellationToken);
    }
}
