namespace DasTern.Uow;

/// <summary>Disposing a scope that was not completed rolls its work back.</summary>
public interface IUnitOfWorkScope : IAsyncDisposable
{
    Task CompleteAsync(CancellationToken cancellationToken = default);
}
