namespace DasTern.Identity;

public sealed class LockIdentityUserDto
{
    /// <summary>When the lock ends; locked until unlocked when omitted.</summary>
    public DateTimeOffset? Until { get; set; }
}
