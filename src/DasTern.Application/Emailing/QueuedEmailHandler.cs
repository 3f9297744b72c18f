using DasTern.Events;

namespace DasTern.Emailing;

/// <summary>Sends a queued email once the work that queued it has committed; the outbox retries a failed send.</summary>
public sealed class QueuedEmailHandler(EmailRenderer renderer, IEmailSender sender) : IOutboxEventHandler<QueuedEmail>
{
    public Task HandleEventAsync(QueuedEmail eventData) => sender.SendAsync(renderer.Render(eventData));
}
