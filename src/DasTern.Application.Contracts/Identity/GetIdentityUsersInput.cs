using System.ComponentModel.DataAnnotations;
using DasTern.Dtos;

namespace DasTern.Identity;

/// <summary>Sorting fields: <c>email</c> (default), <c>creationTime</c>, <c>lastName</c>.</summary>
public sealed class GetIdentityUsersInput : PagedAndSortedResultRequestDto
{
    /// <summary>Part of the email address, name or phone number.</summary>
    [StringLength(128)]
    public string? Filter { get; set; }

    [StringLength(64)]
    public string? Role { get; set; }

    public bool? IsActive { get; set; }

    public DoctorVerificationStatus? DoctorStatus { get; set; }
}
