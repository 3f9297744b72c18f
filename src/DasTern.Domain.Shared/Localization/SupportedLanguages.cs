namespace DasTern.Localization;

public static class SupportedLanguages
{
    public const string English = "en";
    public const string Khmer = "km";
    public const string Default = English;

    public static readonly IReadOnlyList<string> All = [English, Khmer];

    public static bool IsSupported(string? language) =>
        language is not null && All.Contains(language, StringComparer.OrdinalIgnoreCase);
}
