using DasTern.Auditing;
using DasTern.EntityFrameworkCore;
using DasTern.Events;
using DasTern.Uow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DasTern.Emailing;

/// <summary>Emails through the outbox against a real database and SMTP server: no email is lost after its commit, and none leaves twice.</summary>
[Collection(OutboxTestCollection.Name)]
public class EmailOutbox_Tests(OutboxHostFixture fixture)
{
    private static string NewEmail() => $"outbox-{Guid.NewGuid():N}@dastern.test";

    private static QueuedEmail Welcome(string to) => new(to, EmailTemplate.Welcome, "en", new() { ["FirstName"] = "Sok" });

    /// <summary>Commits an outbox email and queues no job: what a crash right after the commit leaves behind.</summary>
    private async Task<Guid> CommitWithoutJobAsync(QueuedEmail email)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync(isTransactional: true);
        var row = OutboxMessage.Create(email, fixture.Clock.GetUtcNow());
        await scope.ServiceProvider.GetRequiredService<IOutboxMessageRepository>().InsertAsync(row);
        await unitOfWork.CompleteAsync();
        return row.Id;
    }

    private async Task<OutboxMessage?> MessageAsync(Guid id)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DasTernDbContext>().OutboxMessages.AsNoTracking().FirstOrDefaultAsync(message => message.Id == id);
    }

    private async Task RunInScopeAsync<TJob>(Func<TJob, Task> run)
        where TJob : notnull
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        await run(scope.ServiceProvider.GetRequiredService<TJob>());
    }

    [Fact]
    public async Task Should_Send_An_Email_Whose_Job_Was_Lost_When_The_Sweep_Finds_It_Overdue_And_Then_Erase_It()
    {
        var to = NewEmail();
        var id = await CommitWithoutJobAsync(Welcome(to));

        await RunInScopeAsync<OutboxSweepJob>(job => job.RunAsync());
        var keptWhileNotOverdue = (await MessageAsync(id))!.ProcessedTime is null;
        fixture.Clock.Advance(OutboxSweepJob.Grace + TimeSpan.FromSeconds(1));
        await RunInScopeAsync<OutboxSweepJob>(job => job.RunAsync());

        keptWhileNotOverdue.ShouldBeTrue();
        (await fixture.Smtp.WaitForAsync(to)).Subject.ShouldBe("Welcome to DasTern");
        (await Infrastructure.Eventually.TrueAsync(async () => (await MessageAsync(id))!.ProcessedTime is not null)).ShouldBeTrue();
        // The payload may hold a code: it does not outlive the delivery.
        (await MessageAsync(id))!.Payload.ShouldBeNull();
    }

    [Fact]
    public async Task Should_Send_Once_When_The_Same_Attempt_Is_Queued_Twice()
    {
        var to = NewEmail();
        var id = await CommitWithoutJobAsync(Welcome(to));

        await Task.WhenAll(
            RunInScopeAsync<OutboxDeliveryJob>(job => job.DeliverAsync(id, 0)),
            RunInScopeAsync<OutboxDeliveryJob>(job => job.DeliverAsync(id, 0)));
        await RunInScopeAsync<OutboxDeliveryJob>(job => job.DeliverAsync(id, 0));

        fixture.Smtp.Messages.Count(message => message.To.Mailboxes.Any(mailbox => mailbox.Address == to)).ShouldBe(1);
        (await MessageAsync(id))!.ProcessedTime.ShouldNotBeNull();
    }

    [Fact]
    public async Task Should_Drop_And_Audit_An_Email_Whose_Payload_Cannot_Be_Read()
    {
        var id = await CommitWithoutJobAsync(Welcome(NewEmail()));
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DasTernDbContext>().OutboxMessages
                .Where(message => message.Id == id)
                .ExecuteUpdateAsync(setters => setters.SetProperty(message => message.Payload, "not json"));
        }

        await RunInScopeAsync<OutboxDeliveryJob>(job => job.DeliverAsync(id, 0));

        var dropped = (await MessageAsync(id))!;
        dropped.NextAttemptTime.ShouldBeNull();
        dropped.ProcessedTime.ShouldBeNull();
        dropped.Payload.ShouldBeNull();
        await using var check = fixture.Factory.Services.CreateAsyncScope();
        var (audited, _) = await check.ServiceProvider.GetRequiredService<IAuditLogRepository>()
            .GetPagedListAsync(new AuditLogQuery(null, null, null, "JOB", "jobs/outbox/unreadable", 500, null, 0, 1));
        audited.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Should_Write_Nothing_To_The_Outbox_When_The_Unit_Of_Work_Rolls_Back()
    {
        var to = NewEmail();
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync(isTransactional: true);
            await scope.ServiceProvider.GetRequiredService<IEmailQueue>().EnqueueAsync(Welcome(to));
            await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().Current!.SaveChangesAsync();
        }

        fixture.Clock.Advance(OutboxSweepJob.Grace + TimeSpan.FromSeconds(1));
        await RunInScopeAsync<OutboxSweepJob>(job => job.RunAsync());
        await using var check = fixture.Factory.Services.CreateAsyncScope();
        var emails = await check.ServiceProvider.GetRequiredService<DasTernDbContext>().OutboxMessages
            .CountAsync(message => message.Type == OutboxMessage.TypeNameOf(typeof(QueuedEmail)) && message.Payload != null && message.Payload.Contains(to));
        emails.ShouldBe(0);
    }
}
