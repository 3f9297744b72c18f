namespace DasTern.Dtos;

public sealed class ListResultDto<T>
{
    public ListResultDto()
    {
    }

    public ListResultDto(IReadOnlyList<T> items)
    {
        Items = items;
    }

    public IReadOnlyList<T> Items { get; set; } = [];
}
