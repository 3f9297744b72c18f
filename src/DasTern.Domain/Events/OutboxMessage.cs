using System.Text.Json;
using DasTern.Auditing;
using DasTern.Entities;

namespace DasTern.Events;

/// <summary>
/// A message written in the same transaction as the change that caused it, so a crash after the
/// commit cannot lose it, and a rollback leaves none. The payload may hold secrets (an email's
/// code): it is erased once the message is delivered or given up, and the row is never audited.
/// </summary>
[AuditIgnore]
public sealed class OutboxMessage : Entity<Guid>
{
    private OutboxMessage(Guid id, string type, string payload, DateTimeOffset creationTime)
        : base(id)
    {
        Type = type;
        Payload = payload;
        CreationTime = creationTime;
        NextAttemptTime = creationTime;
    }

    /// <summary>The message's CLR type, assembly-qualified without version, so a release can read what an earlier one wrote.</summary>
    public string Type { get; private set; }

    /// <summary>The message as JSON; null once it was delivered or given up.</summary>
    public string? Payload { get; private set; }

    public DateTimeOffset CreationTime { get; private set; }

    /// <summary>Failed deliveries so far; also tells a delivery job which attempt it was queued for.</summary>
    public int Attempts { get; private set; }

    /// <summary>When the pending attempt is due; null once the message was delivered or given up.</summary>
    public DateTimeOffset? NextAttemptTime { get; private set; }

    public DateTimeOffset? ProcessedTime { get; private set; }

    /// <summary>The last failure: exception type and message.</summary>
    public string? LastError { get; private set; }

    public static OutboxMessage Create(object message, DateTimeOffset now)
    {
        var type = message.GetType();
        return new(EntityId.New(), TypeNameOf(type), JsonSerializer.Serialize(message, type), now);
    }

    public static string TypeNameOf(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";

    /// <summary>The message, or null when this release cannot read it (its type is gone or has another shape).</summary>
    public object? Read()
    {
        if (Payload is null || System.Type.GetType(Type, throwOnError: false) is not { } type)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(Payload, type);
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException)
        {
            return null;
        }
    }
}
