using System.Text.Json;
using DasTern.Auditing;
using DasTern.Entities;
using Hangfire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DasTern.Emailing;

/// <summary>
/// Sends one outbox email. A failed send is retried after each configured delay (5 min, 15 min,
/// 1 h by default); after the last it is recorded as failed in the audit log. Retries are scheduled
/// here rather than by Hangfire's global retry, so the delays come from configuration. A job finding
/// the email gone, at another attempt or claimed by a live worker does nothing, so a job queued
/// twice sends once.
/// </summary>
public sealed class EmailJob(
    IOutboxEmailRepository outbox,
    EmailRenderer renderer,
    IEmailSender sender,
    IBackgroundJobClient jobs,
    AuditRecordWriter auditWriter,
    IOptions<EmailOptions> options,
    TimeProvider timeProvider,
    ILogger<EmailJob> logger)
{
    /// <summary>Far longer than an SMTP exchange; a worker that crashed mid-send gives the email up after it.</summary>
    public static readonly TimeSpan ClaimDuration = TimeSpan.FromMinutes(5);

    [AutomaticRetry(Attempts = 0)]
    public async Task SendAsync(Guid outboxEmailId, int attempt)
    {
        var now = timeProvider.GetUtcNow();
        var claimed = await outbox.TryClaimAsync(outboxEmailId, attempt, now, now + ClaimDuration);
        if (claimed is null)
        {
            return;
        }

        QueuedEmail email;
        try
        {
            email = claimed.ToQueuedEmail();
        }
        catch (JsonException exception)
        {
            // Written by an older release in a shape this one cannot read: retrying cannot help.
            logger.LogError(exception, "Outbox email {Id} cannot be read; it is dropped", outboxEmailId);
            await GiveUpAsync(outboxEmailId, "unreadable", exception);
            return;
        }

        try
        {
            await sender.SendAsync(renderer.Render(email));
        }
        catch (Exception exception)
        {
            await HandleFailureAsync(outboxEmailId, attempt, email, exception);
            return;
        }

        await outbox.DeleteAsync(outboxEmailId);
    }

    private async Task HandleFailureAsync(Guid outboxEmailId, int attempt, QueuedEmail email, Exception exception)
    {
        var delays = options.Value.EffectiveRetryDelays;
        if (attempt < delays.Count)
        {
            logger.LogWarning(exception, "Sending the {Template} email failed (attempt {Attempt}); retrying in {Delay}", email.Template, attempt + 1, delays[attempt]);
            await outbox.RescheduleAsync(outboxEmailId, attempt + 1, timeProvider.GetUtcNow() + delays[attempt]);
            jobs.Schedule<EmailJob>(job => job.SendAsync(outboxEmailId, attempt + 1), delays[attempt]);
            return;
        }

        logger.LogError(exception, "Sending the {Template} email failed for good after {Attempts} attempts", email.Template, attempt + 1);
        await GiveUpAsync(outboxEmailId, email.Template.ToString(), exception);
    }

    /// <summary>Drops the email from the outbox and records the failure in the audit log.</summary>
    private async Task GiveUpAsync(Guid outboxEmailId, string what, Exception exception)
    {
        await outbox.DeleteAsync(outboxEmailId);
        var record = new AuditLog(EntityId.New(), timeProvider.GetUtcNow())
        {
            HttpMethod = "JOB",
            Url = $"jobs/email/{what}",
            StatusCode = 500,
            ExceptionType = exception.GetType().FullName,
        };
        await auditWriter.WriteAsync(repository => repository.InsertAsync(record), record.Url);
    }
}
