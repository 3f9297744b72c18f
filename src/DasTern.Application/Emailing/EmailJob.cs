using DasTern.Auditing;
using DasTern.Entities;
using Hangfire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DasTern.Emailing;

/// <summary>
/// Sends one email. A failed send is retried after each configured delay (5 min, 15 min, 1 h by
/// default); after the last it is recorded as failed in the audit log. Retries are scheduled here
/// rather than by Hangfire's global retry, so the delays come from configuration.
/// </summary>
public sealed class EmailJob(
    EmailRenderer renderer,
    IEmailSender sender,
    IBackgroundJobClient jobs,
    AuditRecordWriter auditWriter,
    IOptions<EmailOptions> options,
    TimeProvider timeProvider,
    ILogger<EmailJob> logger)
{
    [AutomaticRetry(Attempts = 0)]
    public async Task SendAsync(QueuedEmail email, int attempt)
    {
        try
        {
            await sender.SendAsync(renderer.Render(email));
        }
        catch (Exception exception)
        {
            var delays = options.Value.EffectiveRetryDelays;
            if (attempt < delays.Count)
            {
                logger.LogWarning(exception, "Sending the {Template} email failed (attempt {Attempt}); retrying in {Delay}", email.Template, attempt + 1, delays[attempt]);
                jobs.Schedule<EmailJob>(job => job.SendAsync(email, attempt + 1), delays[attempt]);
                return;
            }

            logger.LogError(exception, "Sending the {Template} email failed for good after {Attempts} attempts", email.Template, attempt + 1);
            await RecordFailureAsync(email, exception);
        }
    }

    private Task RecordFailureAsync(QueuedEmail email, Exception exception)
    {
        var record = new AuditLog(EntityId.New(), timeProvider.GetUtcNow())
        {
            HttpMethod = "JOB",
            Url = $"jobs/email/{email.Template}",
            StatusCode = 500,
            ExceptionType = exception.GetType().FullName,
        };
        return auditWriter.WriteAsync(repository => repository.InsertAsync(record), record.Url);
    }
}
