using System.Collections.Concurrent;
using System.Reflection;
using DasTern.Auditing;
using DasTern.Entities;
using DasTern.Uow;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DasTern.Events;

/// <summary>
/// Delivers one outbox message to its <see cref="IOutboxEventHandler{TEvent}"/>s, one handler per
/// transaction. Each transaction locks the message (a delivery running elsewhere makes this one
/// stop), skips the handlers the inbox says are done, runs the next one and records it in the inbox
/// with the handler's own writes; when none is left the message is marked delivered. A failure rolls
/// the handler's work back and is retried after each configured delay; after the last the message
/// is given up and the failure audited. Retries are scheduled here rather than by Hangfire's global
/// retry, so the delays come from configuration. A job finding the message delivered, given up, at
/// another attempt or locked does nothing, so a job queued twice delivers once.
/// </summary>
public sealed class OutboxDeliveryJob(
    IServiceScopeFactory scopes,
    IBackgroundJobClient jobs,
    AuditRecordWriter auditWriter,
    IOptions<OutboxOptions> options,
    TimeProvider timeProvider,
    ILogger<OutboxDeliveryJob> logger)
{
    private static readonly ConcurrentDictionary<Type, Func<IServiceProvider, List<Handler>>> HandlerResolvers = new();

    [AutomaticRetry(Attempts = 0)]
    public async Task DeliverAsync(Guid messageId, int attempt)
    {
        // One handler a round, until none is left, one fails, or another delivery holds the message.
        while (await DeliverToNextHandlerAsync(messageId, attempt))
        {
        }
    }

    /// <returns>True when a handler has handled the message and others may be waiting.</returns>
    private async Task<bool> DeliverToNextHandlerAsync(Guid messageId, int attempt)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var messages = services.GetRequiredService<IOutboxMessageRepository>();
        string type;
        Exception failure;
        await using (var unitOfWork = await services.GetRequiredService<IUnitOfWorkManager>().BeginAsync(isTransactional: true))
        {
            if (await messages.LockPendingAsync(messageId, attempt) is not { } message)
            {
                return false;
            }

            type = message.Type;
            if (message.Read() is not { } eventData)
            {
                // Written by an older release in a shape this one cannot read: retrying cannot help.
                await messages.RecordFailureAsync(messageId, attempt, nextAttemptTime: null, "This release cannot read the message.");
                await unitOfWork.CompleteAsync();
                logger.LogError("Outbox message {Id} of type {Type} cannot be read; it is dropped", messageId, type);
                await AuditAsync("unreadable", exceptionType: null);
                return false;
            }

            var handledBy = await messages.GetHandledByAsync(messageId);
            var next = HandlerResolvers.GetOrAdd(eventData.GetType(), CreateHandlerResolver)(services).FirstOrDefault(handler => !handledBy.Contains(handler.Name));
            if (next is null)
            {
                await messages.MarkProcessedAsync(messageId, timeProvider.GetUtcNow());
                await unitOfWork.CompleteAsync();
                return false;
            }

            try
            {
                await next.HandleAsync(eventData);
                await messages.AddInboxRecordAsync(new InboxRecord(messageId, next.Name, timeProvider.GetUtcNow()));
                await unitOfWork.CompleteAsync();
                return true;
            }
            catch (Exception exception)
            {
                failure = exception;
            }
        }

        await HandleFailureAsync(messages, messageId, attempt, type, failure);
        return false;
    }

    private async Task HandleFailureAsync(IOutboxMessageRepository messages, Guid messageId, int attempt, string type, Exception exception)
    {
        var delays = options.Value.EffectiveRetryDelays;
        var retries = attempt < delays.Count;
        var error = $"{exception.GetType().FullName}: {exception.Message}";
        if (!await messages.RecordFailureAsync(messageId, attempt, retries ? timeProvider.GetUtcNow() + delays[attempt] : null, error))
        {
            return;
        }

        if (retries)
        {
            logger.LogWarning(exception, "Delivering outbox message {Id} of type {Type} failed (attempt {Attempt}); retrying in {Delay}", messageId, type, attempt + 1, delays[attempt]);
            jobs.Schedule<OutboxDeliveryJob>(job => job.DeliverAsync(messageId, attempt + 1), delays[attempt]);
            return;
        }

        logger.LogError(exception, "Delivering outbox message {Id} of type {Type} failed for good after {Attempts} attempts", messageId, type, attempt + 1);
        await AuditAsync(ShortName(type), exception.GetType().FullName);
    }

    private async Task AuditAsync(string what, string? exceptionType)
    {
        var record = new AuditLog(EntityId.New(), timeProvider.GetUtcNow())
        {
            HttpMethod = "JOB",
            Url = $"jobs/outbox/{what}",
            StatusCode = 500,
            ExceptionType = exceptionType,
        };
        await auditWriter.WriteAsync(repository => repository.InsertAsync(record), record.Url);
    }

    /// <summary><c>QueuedEmail</c> of <c>DasTern.Emailing.QueuedEmail, DasTern.Domain</c>.</summary>
    private static string ShortName(string type)
    {
        var fullName = type.Split(',')[0];
        return fullName[(fullName.LastIndexOf('.') + 1)..];
    }

    private static Func<IServiceProvider, List<Handler>> CreateHandlerResolver(Type eventType) =>
        typeof(OutboxDeliveryJob).GetMethod(nameof(HandlersOf), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(eventType)
            .CreateDelegate<Func<IServiceProvider, List<Handler>>>();

    private static List<Handler> HandlersOf<TEvent>(IServiceProvider services) =>
        services.GetServices<IOutboxEventHandler<TEvent>>()
            .Select(handler => new Handler(handler.GetType().FullName!, eventData => handler.HandleEventAsync((TEvent)eventData)))
            .ToList();

    private sealed record Handler(string Name, Func<object, Task> HandleAsync);
}
