using System.Reflection;
using System.Text.Json;

namespace DasTern.Localization;

/// <summary>
/// Finds the texts every feature embeds as <c>&lt;Feature&gt;/Localization/&lt;language&gt;.json</c> and merges
/// them per language. A key defined by two files stops the load: which text would win is not a choice
/// to leave to the order the files happen to be read in.
/// </summary>
public static class LocalizationResources
{
    private const string Folder = ".Localization.";
    private const string Extension = ".json";

    private static readonly JsonSerializerOptions StrictJson = new() { AllowDuplicateProperties = false };

    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Load(Assembly assembly)
    {
        var merged = Merge(Read(assembly));
        var missing = SupportedLanguages.All.Where(language => !merged.ContainsKey(language)).ToList();
        return missing.Count == 0
            ? merged
            : throw new InvalidOperationException($"No localization resource is embedded for {string.Join(", ", missing)}.");
    }

    /// <summary>Every embedded text file of the assembly, named <c>{Source}.Localization.{Language}.json</c>.</summary>
    public static IReadOnlyList<LocalizationResource> Read(Assembly assembly) =>
        assembly.GetManifestResourceNames()
            .Where(name => name.EndsWith(Extension, StringComparison.Ordinal) && name.Contains(Folder, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => ReadOne(assembly, name))
            .ToList();

    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Merge(IEnumerable<LocalizationResource> resources)
    {
        // Per language, each key with the resource that defined it, to name both when a second one does.
        var definedBy = new Dictionary<string, Dictionary<string, LocalizationResource>>(StringComparer.OrdinalIgnoreCase);
        foreach (var resource in resources)
        {
            if (!SupportedLanguages.IsSupported(resource.Language))
            {
                throw new InvalidOperationException($"Localization resource {resource.Source} is in '{resource.Language}', which is not a supported language.");
            }

            if (!definedBy.TryGetValue(resource.Language, out var keys))
            {
                definedBy[resource.Language] = keys = new Dictionary<string, LocalizationResource>(StringComparer.Ordinal);
            }

            foreach (var key in resource.Texts.Keys)
            {
                if (!keys.TryAdd(key, resource))
                {
                    throw new InvalidOperationException($"Localization key '{key}' ({resource.Language}) is defined by both {keys[key].Source} and {resource.Source}.");
                }
            }
        }

        return definedBy.ToDictionary(
            language => language.Key,
            language => (IReadOnlyDictionary<string, string>)language.Value.ToDictionary(key => key.Key, key => key.Value.Texts[key.Key], StringComparer.Ordinal),
            StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Reads one file; a key written twice in it fails here, where the JSON reader would otherwise keep the last.</summary>
    public static LocalizationResource Parse(string source, string language, Stream json) =>
        new(source, language, JsonSerializer.Deserialize<Dictionary<string, string>>(json, StrictJson)
            ?? throw new InvalidOperationException($"Localization resource {source} ({language}) is empty."));

    private static LocalizationResource ReadOne(Assembly assembly, string name)
    {
        var folder = name.LastIndexOf(Folder, StringComparison.Ordinal);
        using var stream = assembly.GetManifestResourceStream(name)!;
        return Parse(name[..folder], name[(folder + Folder.Length)..^Extension.Length], stream);
    }
}
