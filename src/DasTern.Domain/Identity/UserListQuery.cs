namespace DasTern.Identity;

/// <summary>A page of users; <see cref="Filter"/> matches email, first or last name, or phone number.</summary>
public sealed record UserListQuery(
    string? Filter,
    string? Role,
    bool? IsActive,
    DoctorVerificationStatus? DoctorStatus,
    UserSortField SortField,
    bool Descending,
    int SkipCount,
    int MaxResultCount);
