namespace DasTern.ApplicationConfiguration;

public sealed class LocalizationConfigurationDto
{
    public IReadOnlyList<string> Languages { get; set; } = [];

    /// <summary>The culture this answer was written in (from <c>Accept-Language</c>).</summary>
    public string CurrentCulture { get; set; } = string.Empty;
}
