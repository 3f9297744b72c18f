using System.ComponentModel.DataAnnotations;

namespace DasTern.Events;

/// <summary>Delivery of outbox messages (section <c>Outbox</c>).</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    public static readonly IReadOnlyList<TimeSpan> DefaultRetryDelays = [TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromHours(1)];

    /// <summary>
    /// Waits before each retry after a failed delivery (default 5 min, 15 min, 1 h); after the last, the
    /// message is given up and the failure audited. Empty by default because configuration binding
    /// appends to a filled list.
    /// </summary>
    public List<TimeSpan> RetryDelays { get; set; } = [];

    /// <summary>How long delivered and given-up messages (payload erased) are kept as a record.</summary>
    [Range(1, 3650)]
    public int RetentionDays { get; set; } = 7;

    public IReadOnlyList<TimeSpan> EffectiveRetryDelays => RetryDelays.Count > 0 ? RetryDelays : DefaultRetryDelays;
}
