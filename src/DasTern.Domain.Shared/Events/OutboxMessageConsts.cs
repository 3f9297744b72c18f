namespace DasTern.Events;

public static class OutboxMessageConsts
{
    public const int MaxTypeLength = 512;

    public const int MaxHandlerLength = 512;

    public const int MaxLastErrorLength = 2000;
}
