using DasTern.Auditing;

namespace DasTern.Events;

/// <summary>That one outbox handler has handled one message: written with the handler's own changes, so it never handles it twice.</summary>
[AuditIgnore]
public sealed class InboxRecord
{
    public InboxRecord(Guid messageId, string handler, DateTimeOffset processedTime)
    {
        MessageId = messageId;
        Handler = handler;
        ProcessedTime = processedTime;
    }

    public Guid MessageId { get; private set; }

    /// <summary>The handler's full type name.</summary>
    public string Handler { get; private set; }

    public DateTimeOffset ProcessedTime { get; private set; }
}
