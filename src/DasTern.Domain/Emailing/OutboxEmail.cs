using System.Text.Json;
using DasTern.Auditing;
using DasTern.Entities;

namespace DasTern.Emailing;

/// <summary>
/// An email written in the same transaction as the change that caused it, so a crash after the
/// commit cannot lose it. The row lives until the email is sent or has failed for good; it holds
/// codes in plain text, so it is never copied into the audit trail.
/// </summary>
[AuditIgnore]
public sealed class OutboxEmail : Entity<Guid>
{
    private OutboxEmail(Guid id, string payload, DateTimeOffset creationTime)
        : base(id)
    {
        Payload = payload;
        CreationTime = creationTime;
        NextAttemptTime = creationTime;
    }

    /// <summary>The <see cref="QueuedEmail"/> as JSON.</summary>
    public string Payload { get; private set; }

    public DateTimeOffset CreationTime { get; private set; }

    /// <summary>Failed sends so far; also tells a job which attempt it was queued for.</summary>
    public int Attempts { get; private set; }

    public DateTimeOffset NextAttemptTime { get; private set; }

    /// <summary>Set while a job is sending; a claim left by a crashed worker expires.</summary>
    public DateTimeOffset? ClaimedUntil { get; private set; }

    public static OutboxEmail Create(QueuedEmail email, DateTimeOffset now) =>
        new(EntityId.New(), JsonSerializer.Serialize(email), now);

    public QueuedEmail ToQueuedEmail() =>
        JsonSerializer.Deserialize<QueuedEmail>(Payload) ?? throw new JsonException($"Outbox email {Id} has no payload.");
}
