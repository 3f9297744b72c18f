using System.ComponentModel.DataAnnotations;

namespace DasTern.Dtos;

/// <summary>Paging input shared by every list: 20 items by default, 100 at most; sorting by allow-listed fields only.</summary>
public class PagedAndSortedResultRequestDto
{
    public const int DefaultMaxResultCount = 20;
    public const int MaxMaxResultCount = 100;
    public const int MaxSortingLength = 128;

    [Range(0, int.MaxValue)]
    public int SkipCount { get; set; }

    [Range(1, MaxMaxResultCount)]
    public int MaxResultCount { get; set; } = DefaultMaxResultCount;

    /// <summary>A field name, optionally followed by <c>asc</c> or <c>desc</c>, e.g. <c>genericName desc</c>.</summary>
    [StringLength(MaxSortingLength)]
    public string? Sorting { get; set; }
}
