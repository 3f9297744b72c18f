using DasTern.EntityFrameworkCore;
using DasTern.Infrastructure;
using DasTern.Medicines;
using DasTern.Uow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DasTern.Events;

/// <summary>Domain events and the outbox against a real database and Hangfire server.</summary>
[Collection(OutboxTestCollection.Name)]
public class Outbox_Tests(OutboxHostFixture fixture)
{
    private static MedicineDetails Details() => new(null, [], "Other", DosageForm.Tablet, ["1 mg"], "mg", null, null, [], true);

    private async Task InUnitOfWorkAsync(Func<IServiceProvider, Task> work)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync(isTransactional: true);
        await work(scope.ServiceProvider);
        await unitOfWork.CompleteAsync();
    }

    /// <summary>Commits an outbox message and queues no job: what a crash right after the commit leaves behind.</summary>
    private async Task<Guid> CommitWithoutJobAsync(object message)
    {
        var row = OutboxMessage.Create(message, fixture.Clock.GetUtcNow());
        await InUnitOfWorkAsync(services => services.GetRequiredService<IOutboxMessageRepository>().InsertAsync(row));
        return row.Id;
    }

    private async Task<T> QueryAsync<T>(Func<DasTernDbContext, Task<T>> query)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<DasTernDbContext>());
    }

    private Task<OutboxMessage?> MessageAsync(Guid id) => QueryAsync(db => db.OutboxMessages.AsNoTracking().FirstOrDefaultAsync(message => message.Id == id));

    private Task<Medicine?> MedicineAsync(string name) =>
        QueryAsync(db => db.Medicines.AsNoTracking().FirstOrDefaultAsync(medicine => medicine.NormalizedGenericName == Medicine.Normalize(name)));

    private Task<List<Guid>> ProbeMessageIdsAsync() =>
        QueryAsync(db => db.OutboxMessages.Where(message => message.Type == OutboxMessage.TypeNameOf(typeof(ProbeEvent))).Select(message => message.Id).ToListAsync());

    private async Task DeliverAsync(Guid id, int attempt)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OutboxDeliveryJob>().DeliverAsync(id, attempt);
    }

    private async Task SweepAsync()
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OutboxSweepJob>().RunAsync();
    }

    [Fact]
    public async Task Should_Commit_A_Local_Handlers_Writes_With_The_Change_And_Deliver_After_The_Commit()
    {
        var probe = new ProbeEvent(Guid.NewGuid());
        var before = await ProbeMessageIdsAsync();

        await InUnitOfWorkAsync(services => services.GetRequiredService<IEventPublisher>().PublishAsync(probe));

        (await MedicineAsync(probe.MedicineName)).ShouldNotBeNull();
        var id = (await ProbeMessageIdsAsync()).Except(before).ShouldHaveSingleItem();
        (await Eventually.TrueAsync(async () => (await MessageAsync(id))!.ProcessedTime is not null)).ShouldBeTrue();
        ProbeEffects.Count(nameof(ProbeEffectCounter), probe.Marker).ShouldBe(1);
        (await MessageAsync(id))!.Payload.ShouldBeNull();
    }

    [Fact]
    public async Task Should_Leave_No_Message_And_No_Effect_When_The_Transaction_Rolls_Back()
    {
        var probe = new ProbeEvent(Guid.NewGuid());
        var messagesBefore = await QueryAsync(db => db.OutboxMessages.CountAsync());

        await Should.ThrowAsync<InvalidOperationException>(() => InUnitOfWorkAsync(async services =>
        {
            await services.GetRequiredService<IEventPublisher>().PublishAsync(probe);
            await services.GetRequiredService<IUnitOfWorkManager>().Current!.SaveChangesAsync();
            throw new InvalidOperationException("fails after the save, before the commit");
        }));
        fixture.Clock.Advance(OutboxSweepJob.Grace + TimeSpan.FromSeconds(1));
        await SweepAsync();

        (await QueryAsync(db => db.OutboxMessages.CountAsync())).ShouldBe(messagesBefore);
        (await MedicineAsync(probe.MedicineName)).ShouldBeNull();
        ProbeEffects.Count(nameof(ProbeEffectCounter), probe.Marker).ShouldBe(0);
    }

    [Fact]
    public async Task Should_Deliver_A_Message_Whose_Job_Was_Lost_When_The_Sweep_Finds_It_Overdue()
    {
        var probe = new ProbeEvent(Guid.NewGuid());
        var id = await CommitWithoutJobAsync(probe);

        await SweepAsync();
        var waitedWhileNotOverdue = (await MessageAsync(id))!.ProcessedTime is null;
        fixture.Clock.Advance(OutboxSweepJob.Grace + TimeSpan.FromSeconds(1));
        await SweepAsync();

        waitedWhileNotOverdue.ShouldBeTrue();
        (await Eventually.TrueAsync(async () => (await MessageAsync(id))!.ProcessedTime is not null)).ShouldBeTrue();
        ProbeEffects.Count(nameof(ProbeEffectCounter), probe.Marker).ShouldBe(1);
    }

    [Fact]
    public async Task Should_Have_One_Effect_When_A_Message_Is_Delivered_Twice()
    {
        var probe = new ProbeEvent(Guid.NewGuid());
        var id = await CommitWithoutJobAsync(probe);

        await Task.WhenAll(DeliverAsync(id, 0), DeliverAsync(id, 0));
        await DeliverAsync(id, 0);

        ProbeEffects.Count(nameof(ProbeEffectCounter), probe.Marker).ShouldBe(1);
        ProbeEffects.Count(nameof(FlakyProbeHandler), probe.Marker).ShouldBe(1);
        var message = (await MessageAsync(id))!;
        message.ProcessedTime.ShouldNotBeNull();
        message.Payload.ShouldBeNull();
        (await QueryAsync(db => db.InboxRecords.CountAsync(record => record.MessageId == id))).ShouldBe(2);
    }

    [Fact]
    public async Task Should_Leave_A_Message_To_The_Delivery_That_Holds_It()
    {
        var probe = new ProbeEvent(Guid.NewGuid(), Gated: true);
        var id = await CommitWithoutJobAsync(probe);

        var first = DeliverAsync(id, 0);
        await ProbeEffects.ArrivedAsync(probe.Marker);
        // The first delivery is inside the handler, holding the message: the second must not wait for it, nor deliver again.
        await DeliverAsync(id, 0);
        var effectsWhileHeld = ProbeEffects.Count(nameof(ProbeEffectCounter), probe.Marker);
        ProbeEffects.OpenGate(probe.Marker);
        await first;

        effectsWhileHeld.ShouldBe(1);
        ProbeEffects.Count(nameof(ProbeEffectCounter), probe.Marker).ShouldBe(1);
        (await MessageAsync(id))!.ProcessedTime.ShouldNotBeNull();
    }

    [Fact]
    public async Task Should_Retry_Only_The_Handler_That_Failed()
    {
        var probe = new ProbeEvent(Guid.NewGuid(), Failures: 1);
        var id = await CommitWithoutJobAsync(probe);

        await DeliverAsync(id, 0);
        var afterFailure = (await MessageAsync(id))!;
        await DeliverAsync(id, 1);

        afterFailure.Attempts.ShouldBe(1);
        afterFailure.LastError.ShouldBe("System.InvalidOperationException: The probe's delivery fails this time.");
        afterFailure.Payload.ShouldNotBeNull();
        ProbeEffects.Count(nameof(ProbeEffectCounter), probe.Marker).ShouldBe(1);
        ProbeEffects.Count(nameof(FlakyProbeHandler), probe.Marker).ShouldBe(2);
        (await MessageAsync(id))!.ProcessedTime.ShouldNotBeNull();
    }

    [Fact]
    public async Task Should_Roll_Back_The_Aggregate_Change_When_A_Local_Handler_Fails()
    {
        var name = $"Acceptine {Guid.NewGuid():N}";
        var rejected = $"{RejectingMedicineHandler.RejectedPrefix} {Guid.NewGuid():N}";
        await InUnitOfWorkAsync(async services =>
            await services.GetRequiredService<IMedicineRepository>().InsertAsync(await services.GetRequiredService<MedicineManager>().CreateAsync(name, Details())));

        await Should.ThrowAsync<InvalidOperationException>(() => InUnitOfWorkAsync(async services =>
            await services.GetRequiredService<IMedicineRepository>().InsertAsync(await services.GetRequiredService<MedicineManager>().CreateAsync(rejected, Details()))));
        await Should.ThrowAsync<InvalidOperationException>(() => InUnitOfWorkAsync(async services =>
        {
            var medicine = (await services.GetRequiredService<IMedicineRepository>().FindByNormalizedNameAsync(Medicine.Normalize(name)))!;
            await services.GetRequiredService<MedicineManager>().RenameAsync(medicine, rejected);
        }));

        (await MedicineAsync(rejected)).ShouldBeNull();
        (await MedicineAsync(name)).ShouldNotBeNull();
    }

    [Fact]
    public async Task Should_Purge_Finished_Messages_With_Their_Inbox_Records_And_Keep_Pending_Ones()
    {
        var delivered = await CommitWithoutJobAsync(new ProbeEvent(Guid.NewGuid()));
        await DeliverAsync(delivered, 0);
        var pending = await CommitWithoutJobAsync(new ProbeEvent(Guid.NewGuid()));

        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IOutboxMessageRepository>().DeleteFinishedAsync(fixture.Clock.GetUtcNow() + TimeSpan.FromMinutes(1));
        }

        (await MessageAsync(delivered)).ShouldBeNull();
        (await QueryAsync(db => db.InboxRecords.AnyAsync(record => record.MessageId == delivered))).ShouldBeFalse();
        (await MessageAsync(pending)).ShouldNotBeNull();
    }
}
