using System.ComponentModel.DataAnnotations;
using DasTern.Dtos;

namespace DasTern.Auditing;

/// <summary>Newest first. <see cref="PagedAndSortedResultRequestDto.Sorting"/> is not used.</summary>
public sealed class GetEntityChangesInput : PagedAndSortedResultRequestDto
{
    /// <summary>Entity type name, e.g. <c>Medicine</c>.</summary>
    [StringLength(AuditLogConsts.MaxEntityTypeLength)]
    public string? EntityType { get; set; }

    [StringLength(AuditLogConsts.MaxEntityIdLength)]
    public string? EntityId { get; set; }

    public Guid? UserId { get; set; }

    public DateTimeOffset? From { get; set; }

    public DateTimeOffset? To { get; set; }
}
