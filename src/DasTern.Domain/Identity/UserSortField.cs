namespace DasTern.Identity;

public enum UserSortField
{
    Email,
    CreationTime,
    LastName,
}
