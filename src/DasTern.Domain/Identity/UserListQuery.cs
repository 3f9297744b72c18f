using DasTern.Repositories;

namespace DasTern.Identity;

/// <summary>A page of users; <see cref="Filter"/> matches email, first or last name, or phone number.</summary>
public sealed record UserListQuery(
    string? Filter,
    string? Role,
    bool? IsActive,
    DoctorVerificationStatus? DoctorStatus,
    SortOrder<AppUser> Sort,
    int SkipCount,
    int MaxResultCount)
{
    public static SortMap<AppUser> Sorting { get; } = SortMap<AppUser>.WithTieBreaker("email", user => user.Id)
        .Add("email", user => user.Email)
        .Add("creationTime", user => user.CreationTime)
        .Add("lastName", user => user.LastName);
}
