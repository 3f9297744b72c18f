namespace DasTern.OpenIddict;

/// <summary>The access-token revocation list (section <c>AccessTokenRevocation</c>).</summary>
public sealed class AccessTokenRevocationOptions
{
    public const string SectionName = "AccessTokenRevocation";

    /// <summary>
    /// How often every instance reads the whole list from the database again: the longest a revocation
    /// made on another instance can go unseen here when its Redis message was lost or Redis is down.
    /// </summary>
    public TimeSpan ReloadInterval { get; set; } = TimeSpan.FromSeconds(15);
}
