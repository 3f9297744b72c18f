using DasTern.Entities;
using DasTern.Localization;
using Microsoft.AspNetCore.Identity;

namespace DasTern.Identity;

public sealed class AppUser : IdentityUser<Guid>
{
    public AppUser(string userName, string? email)
        : base(userName)
    {
        Id = EntityId.New();
        Email = email;
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    private AppUser()
    {
    }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    /// <summary>IANA time-zone id used to lay out the user's dose times.</summary>
    public string TimeZone { get; set; } = UserConsts.DefaultTimeZone;

    public string Language { get; set; } = SupportedLanguages.Default;

    public bool IsActive { get; set; } = true;

    public DateTimeOffset? LastLoginTime { get; set; }

    public DateTimeOffset CreationTime { get; set; }
}
