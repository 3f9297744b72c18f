using DasTern.Account;
using DasTern.EntityFrameworkCore;
using DasTern.Uow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DasTern.Emailing;

/// <summary>The outbox against a real database and SMTP server: no email is lost after its commit, and none leaves twice.</summary>
public class EmailOutbox_Tests(AccountHostFixture fixture) : IClassFixture<AccountHostFixture>
{
    private static string NewEmail() => $"outbox-{Guid.NewGuid():N}@dastern.test";

    private static QueuedEmail Welcome(string to) => new(to, EmailTemplate.Welcome, "en", new() { ["FirstName"] = "Sok" });

    /// <summary>Commits an outbox row and queues no job: what a crash right after the commit leaves behind.</summary>
    private async Task<Guid> CommitWithoutJobAsync(QueuedEmail email)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync(isTransactional: true);
        var row = OutboxEmail.Create(email, fixture.Clock.GetUtcNow());
        await scope.ServiceProvider.GetRequiredService<IOutboxEmailRepository>().InsertAsync(row);
        await unitOfWork.CompleteAsync();
        return row.Id;
    }

    private async Task<bool> RowExistsAsync(Guid id)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DasTernDbContext>().OutboxEmails.AnyAsync(email => email.Id == id);
    }

    private async Task RunInScopeAsync<TJob>(Func<TJob, Task> run)
        where TJob : notnull
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        await run(scope.ServiceProvider.GetRequiredService<TJob>());
    }

    [Fact]
    public async Task Should_Send_An_Email_Whose_Job_Was_Lost_When_The_Sweep_Finds_It_Overdue()
    {
        var to = NewEmail();
        var id = await CommitWithoutJobAsync(Welcome(to));

        await RunInScopeAsync<EmailOutboxSweepJob>(job => job.RunAsync());
        var keptWhileNotOverdue = await RowExistsAsync(id);
        fixture.Clock.Advance(EmailOutboxSweepJob.Grace + TimeSpan.FromSeconds(1));
        await RunInScopeAsync<EmailOutboxSweepJob>(job => job.RunAsync());

        keptWhileNotOverdue.ShouldBeTrue();
        (await fixture.Smtp.WaitForAsync(to)).Subject.ShouldBe("Welcome to DasTern");
        for (var attempt = 0; attempt < 50 && await RowExistsAsync(id); attempt++)
        {
            await Task.Delay(100);
        }

        (await RowExistsAsync(id)).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_Send_Once_When_The_Same_Attempt_Is_Queued_Twice()
    {
        var to = NewEmail();
        var id = await CommitWithoutJobAsync(Welcome(to));

        await Task.WhenAll(
            RunInScopeAsync<EmailJob>(job => job.SendAsync(id, 0)),
            RunInScopeAsync<EmailJob>(job => job.SendAsync(id, 0)));
        await RunInScopeAsync<EmailJob>(job => job.SendAsync(id, 0));

        fixture.Smtp.Messages.Count(message => message.To.Mailboxes.Any(mailbox => mailbox.Address == to)).ShouldBe(1);
        (await RowExistsAsync(id)).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_Drop_And_Audit_An_Email_Whose_Payload_Cannot_Be_Read()
    {
        var id = await CommitWithoutJobAsync(Welcome(NewEmail()));
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DasTernDbContext>().OutboxEmails
                .Where(email => email.Id == id)
                .ExecuteUpdateAsync(setters => setters.SetProperty(email => email.Payload, "not json"));
        }

        await RunInScopeAsync<EmailJob>(job => job.SendAsync(id, 0));

        (await RowExistsAsync(id)).ShouldBeFalse();
        await using var check = fixture.Factory.Services.CreateAsyncScope();
        var (audited, _) = await check.ServiceProvider.GetRequiredService<DasTern.Auditing.IAuditLogRepository>()
            .GetPagedListAsync(new DasTern.Auditing.AuditLogQuery(null, null, null, "JOB", "jobs/email/unreadable", 500, null, 0, 1));
        audited.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Should_Write_Nothing_To_The_Outbox_When_The_Unit_Of_Work_Rolls_Back()
    {
        Guid id;
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync(isTransactional: true);
            var row = OutboxEmail.Create(Welcome(NewEmail()), fixture.Clock.GetUtcNow());
            await scope.ServiceProvider.GetRequiredService<IOutboxEmailRepository>().InsertAsync(row);
            await scope.ServiceProvider.GetRequiredService<DasTernDbContext>().SaveChangesAsync();
            id = row.Id;
        }

        (await RowExistsAsync(id)).ShouldBeFalse();
    }
}
