namespace DasTern.Bench;

public sealed record RawPage(long TotalCount, IReadOnlyList<RawMedicine> Items);
