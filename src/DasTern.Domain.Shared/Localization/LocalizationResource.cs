namespace DasTern.Localization;

/// <summary>One embedded text file: a feature's (or concern's) texts in one language.</summary>
public sealed record LocalizationResource(string Source, string Language, IReadOnlyDictionary<string, string> Texts);
