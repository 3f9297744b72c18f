using DasTern.Dtos;

namespace DasTern.Auditing;

/// <summary>Newest first. <see cref="PagedAndSortedResultRequestDto.Sorting"/> is not used.</summary>
public sealed class GetSecurityLogsInput : PagedAndSortedResultRequestDto
{
    public Guid? UserId { get; set; }

    public SecurityLogAction? Action { get; set; }

    public DateTimeOffset? From { get; set; }

    public DateTimeOffset? To { get; set; }
}
