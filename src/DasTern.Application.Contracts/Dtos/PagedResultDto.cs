namespace DasTern.Dtos;

public sealed class PagedResultDto<T>
{
    public PagedResultDto()
    {
    }

    public PagedResultDto(long totalCount, IReadOnlyList<T> items)
    {
        TotalCount = totalCount;
        Items = items;
    }

    public long TotalCount { get; set; }

    public IReadOnlyList<T> Items { get; set; } = [];
}
