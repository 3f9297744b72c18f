using DasTern.EntityFrameworkCore;
using DasTern.Events;
using Microsoft.Extensions.Logging;

namespace DasTern.Uow;

/// <summary>Scoped: one unit of work at a time per DI scope; nested begins join it.</summary>
public sealed class EfCoreUnitOfWorkManager(DasTernDbContext dbContext, IEventPublisher eventPublisher, ILogger<EfCoreUnitOfWorkManager> logger) : IUnitOfWorkManager
{
    private EfCoreUnitOfWork? _current;

    public IUnitOfWork? Current => _current;

    public async Task<IUnitOfWorkScope> BeginAsync(bool isTransactional, CancellationToken cancellationToken = default)
    {
        if (_current is not null)
        {
            return JoinedScope.Instance;
        }

        var unitOfWork = new EfCoreUnitOfWork(dbContext, eventPublisher, logger);
        await unitOfWork.BeginAsync(isTransactional, cancellationToken);
        _current = unitOfWork;
        return new OwningScope(this, unitOfWork);
    }

    private sealed class OwningScope(EfCoreUnitOfWorkManager manager, EfCoreUnitOfWork unitOfWork) : IUnitOfWorkScope
    {
        private bool _completed;

        public async Task CompleteAsync(CancellationToken cancellationToken = default)
        {
            await unitOfWork.CompleteAsync(cancellationToken);
            _completed = true;
            manager._current = null;
        }

        public async ValueTask DisposeAsync()
        {
            if (!_completed)
            {
                manager._current = null;
                await unitOfWork.AbortAsync();
            }
        }
    }

    private sealed class JoinedScope : IUnitOfWorkScope
    {
        public static readonly JoinedScope Instance = new();

        public Task CompleteAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
