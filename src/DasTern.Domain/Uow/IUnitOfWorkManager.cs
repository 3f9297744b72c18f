namespace DasTern.Uow;

public interface IUnitOfWorkManager
{
    IUnitOfWork? Current { get; }

    /// <summary>Starts a unit of work, or joins the current one (the inner scope then commits nothing).</summary>
    Task<IUnitOfWorkScope> BeginAsync(bool isTransactional, CancellationToken cancellationToken = default);
}
