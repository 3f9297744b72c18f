using DasTern.Medicines;
using DasTern.Services;
using DasTern.Uow;
using Microsoft.Extensions.DependencyInjection;

namespace DasTern.BackgroundJobs;

/// <summary>A job meets the same invocation policy as an application-service call: one unit of work, all or nothing.</summary>
[Collection(ApplicationTestCollection.Name)]
public class ApplicationJob_Tests(DatabaseFixture fixture)
{
    private async Task<bool> ExistsAsync(string name)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMedicineRepository>().FindByNormalizedNameAsync(Medicine.Normalize(name)) is not null;
    }

    private async Task RunAsync(string name, bool failAfterWriting)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var job = ActivatorUtilities.CreateInstance<MedicineWritingJob>(scope.ServiceProvider, name, failAfterWriting);
        await job.RunAsync();
    }

    [Fact]
    public async Task Should_Commit_A_Jobs_Writes_At_The_End_Of_Its_Unit_Of_Work()
    {
        var name = $"Jobine {Guid.NewGuid():N}";

        await RunAsync(name, failAfterWriting: false);

        (await ExistsAsync(name)).ShouldBeTrue();
    }

    [Fact]
    public async Task Should_Roll_Back_A_Jobs_Writes_When_It_Fails_Midway()
    {
        var name = $"Jobine {Guid.NewGuid():N}";

        await Should.ThrowAsync<InvalidOperationException>(() => RunAsync(name, failAfterWriting: true));

        (await ExistsAsync(name)).ShouldBeFalse();
    }

    private sealed class MedicineWritingJob(
        InvocationPolicy policy,
        IMedicineRepository repository,
        MedicineManager medicines,
        IUnitOfWorkManager unitOfWorks,
        string name,
        bool failAfterWriting) : ApplicationJob(policy)
    {
        protected override async Task ExecuteAsync(CancellationToken cancellationToken)
        {
            var details = new MedicineDetails(null, [], "Other", DosageForm.Tablet, ["1 mg"], "mg", null, null, [], true);
            await repository.InsertAsync(await medicines.CreateAsync(name, details), cancellationToken);
            await unitOfWorks.Current!.SaveChangesAsync(cancellationToken);
            if (failAfterWriting)
            {
                throw new InvalidOperationException("fails after writing");
            }
        }
    }
}
