using System.Globalization;
using Microsoft.Extensions.Localization;

namespace DasTern.Localization;

/// <summary>
/// Reads every feature's embedded en/km JSON resources once and picks the text by the current UI culture,
/// falling back to English so a missing Khmer text never shows a bare key.
/// </summary>
public sealed class JsonStringLocalizer : IStringLocalizer<DasTernResource>
{
    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>> Texts = new(() => LocalizationResources.Load(typeof(JsonStringLocalizer).Assembly));

    public LocalizedString this[string name] => Find(name, CultureInfo.CurrentUICulture);

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var text = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, text.Value, arguments), text.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures)
    {
        var language = LanguageOf(CultureInfo.CurrentUICulture);
        var texts = Texts.Value.TryGetValue(language, out var found) ? found : Texts.Value[SupportedLanguages.Default];
        return texts.Select(pair => new LocalizedString(pair.Key, pair.Value));
    }

    /// <summary>Formats a text whose placeholders are named, e.g. <c>{EntityType}</c>.</summary>
    public string Format(string name, IReadOnlyDictionary<string, object?>? values)
    {
        var text = this[name].Value;
        if (values is null)
        {
            return text;
        }

        foreach (var (key, value) in values)
        {
            text = text.Replace("{" + key + "}", Convert.ToString(value, CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        return text;
    }

    public static bool Has(string name) => Texts.Value[SupportedLanguages.Default].ContainsKey(name);

    private static LocalizedString Find(string name, CultureInfo culture)
    {
        var all = Texts.Value;
        if (all.TryGetValue(LanguageOf(culture), out var texts) && texts.TryGetValue(name, out var text))
        {
            return new LocalizedString(name, text);
        }

        return all[SupportedLanguages.Default].TryGetValue(name, out var english)
            ? new LocalizedString(name, english)
            : new LocalizedString(name, name, resourceNotFound: true);
    }

    private static string LanguageOf(CultureInfo culture) => culture.TwoLetterISOLanguageName;
}
