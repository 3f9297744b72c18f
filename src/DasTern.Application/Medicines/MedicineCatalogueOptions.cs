namespace DasTern.Medicines;

/// <summary>Settings of the medicines catalogue (section <c>Medicines</c>).</summary>
public sealed class MedicineCatalogueOptions
{
    public const string SectionName = "Medicines";

    /// <summary>How long catalogue lists stay cached; any change drops them at once. Zero turns the cache off.</summary>
    public TimeSpan ListCacheDuration { get; set; } = TimeSpan.FromHours(24);
}
