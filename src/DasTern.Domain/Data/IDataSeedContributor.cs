namespace DasTern.Data;

/// <summary>Seeds one kind of data. Must be idempotent: running it again changes nothing.</summary>
public interface IDataSeedContributor
{
    /// <summary>Lower runs first (roles before users, definitions before grants).</summary>
    int Order { get; }

    Task SeedAsync(CancellationToken cancellationToken);
}
