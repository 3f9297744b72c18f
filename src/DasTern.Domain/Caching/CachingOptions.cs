using System.ComponentModel.DataAnnotations;

namespace DasTern.Caching;

/// <summary>Caching (section <c>Caching</c>).</summary>
public sealed class CachingOptions
{
    public const string SectionName = "Caching";

    /// <summary>
    /// How long an instance answers from its in-memory copy of an entry that another instance may
    /// change (permission grants, the application configuration). HybridCache drops a changed entry
    /// from Redis and from the changing instance only, so this is the longest any other instance
    /// keeps answering with the old value.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan SharedEntryLocalExpiration { get; set; } = TimeSpan.FromSeconds(10);
}
