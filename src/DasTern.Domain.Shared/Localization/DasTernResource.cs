namespace DasTern.Localization;

/// <summary>Marker type for the application's localization resource (en, km).</summary>
public sealed class DasTernResource;
