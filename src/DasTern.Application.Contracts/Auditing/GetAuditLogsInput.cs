using System.ComponentModel.DataAnnotations;
using DasTern.Dtos;

namespace DasTern.Auditing;

/// <summary>Newest first. <see cref="PagedAndSortedResultRequestDto.Sorting"/> is not used.</summary>
public sealed class GetAuditLogsInput : PagedAndSortedResultRequestDto
{
    public Guid? UserId { get; set; }

    public DateTimeOffset? From { get; set; }

    public DateTimeOffset? To { get; set; }

    [StringLength(AuditLogConsts.MaxHttpMethodLength)]
    public string? HttpMethod { get; set; }

    /// <summary>Part of the URL.</summary>
    [StringLength(AuditLogConsts.MaxUrlLength)]
    public string? Url { get; set; }

    [Range(100, 599)]
    public int? StatusCode { get; set; }

    [StringLength(AuditLogConsts.MaxCorrelationIdLength)]
    public string? CorrelationId { get; set; }
}
