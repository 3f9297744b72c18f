namespace DasTern.ApplicationConfiguration;

public sealed class ApplicationConfigurationDto
{
    public CurrentUserDto CurrentUser { get; set; } = new();

    /// <summary>Names of every permission the caller holds.</summary>
    public IReadOnlyList<string> GrantedPermissions { get; set; } = [];

    public LocalizationConfigurationDto Localization { get; set; } = new();

    /// <summary>The caller's IANA time zone (the default one for anonymous callers).</summary>
    public string TimeZone { get; set; } = string.Empty;
}
