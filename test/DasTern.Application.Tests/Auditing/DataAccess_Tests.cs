using DasTern.Dtos;
using DasTern.EntityFrameworkCore;
using DasTern.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DasTern.Auditing;

[Collection(ApplicationTestCollection.Name)]
public class DataAccess_Tests(DatabaseFixture fixture)
{
    private Task RecordReadAsync(Guid readerId, Guid patientId, string resource) =>
        fixture.RunAsAsync(TestPrincipals.User(readerId, RoleNames.Doctor), async provider =>
        {
            await using var unitOfWork = await provider.GetRequiredService<Uow.IUnitOfWorkManager>().BeginAsync(isTransactional: false);
            await provider.GetRequiredService<IHealthDataAccessRecorder>().RecordAsync(patientId, resource, "42");
            await unitOfWork.CompleteAsync();
        });

    [Fact]
    public async Task Should_Show_A_Patient_Who_Read_Their_Data_But_Not_Their_Own_Reads()
    {
        var patientId = Guid.NewGuid();
        var doctorId = Guid.NewGuid();

        await RecordReadAsync(doctorId, patientId, "Prescription");
        await RecordReadAsync(patientId, patientId, "Prescription");
        var mine = await fixture.CallAsync<IMyDataAccessAppService, PagedResultDto<DataAccessDto>>(TestPrincipals.User(patientId, RoleNames.Patient), service => service.GetListAsync(new PagedAndSortedResultRequestDto()));
        var someoneElses = await fixture.CallAsync<IMyDataAccessAppService, PagedResultDto<DataAccessDto>>(TestPrincipals.User(Guid.NewGuid(), RoleNames.Patient), service => service.GetListAsync(new PagedAndSortedResultRequestDto()));

        var read = mine.Items.ShouldHaveSingleItem();
        read.ReaderId.ShouldBe(doctorId);
        read.ResourceType.ShouldBe("Prescription");
        read.ResourceId.ShouldBe("42");
        someoneElses.TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task Should_Delete_Only_Records_Past_The_Retention_Period()
    {
        var now = DateTimeOffset.UtcNow;
        var old = new AuditLog(Guid.CreateVersion7(), now.AddDays(-800)) { HttpMethod = "POST", Url = "/old", StatusCode = 200 };
        var recent = new AuditLog(Guid.CreateVersion7(), now.AddDays(-10)) { HttpMethod = "POST", Url = "/recent", StatusCode = 200 };
        await fixture.WithUnitOfWorkAsync(async provider =>
        {
            var repository = provider.GetRequiredService<IAuditLogRepository>();
            await repository.InsertAsync(old);
            await repository.InsertAsync(recent);
            return true;
        });

        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AuditRetentionJob>().RunAsync();
        }

        await using var check = fixture.Services.CreateAsyncScope();
        var ids = await check.ServiceProvider.GetRequiredService<DasTernDbContext>().AuditLogs
            .Where(log => log.Id == old.Id || log.Id == recent.Id).Select(log => log.Id).ToListAsync();
        ids.ShouldBe([recent.Id]);
    }
}
