using DasTern.Modularity;
using DasTern.Uow;
using Microsoft.Extensions.Caching.Hybrid;

namespace DasTern.Caching;

/// <summary>
/// The cache as every feature uses it: reads through <see cref="HybridCache"/> (memory, then Redis)
/// with tags, and drops tagged entries only once the unit of work that changed their source has
/// committed, never before (a reader would cache the old value again) and never after a rollback.
/// </summary>
public sealed class CommittedCache(HybridCache cache, IUnitOfWorkManager unitOfWorkManager) : IScopedDependency
{
    /// <summary>The cached value, or the factory's when <paramref name="options"/> has no positive expiration (caching turned off).</summary>
    public ValueTask<T> GetOrCreateAsync<TState, T>(
        string key,
        TState state,
        Func<TState, CancellationToken, ValueTask<T>> factory,
        HybridCacheEntryOptions options,
        IEnumerable<string> tags,
        CancellationToken cancellationToken = default) =>
        options.Expiration is { } expiration && expiration <= TimeSpan.Zero
            ? factory(state, cancellationToken)
            : cache.GetOrCreateAsync(key, state, factory, options, tags, cancellationToken);

    public void RemoveByTagAfterCommit(string tag)
    {
        var unitOfWork = unitOfWorkManager.Current
            ?? throw new InvalidOperationException("Cached values are dropped when a unit of work commits; none is active.");
        unitOfWork.OnCompleted(() => cache.RemoveByTagAsync(tag).AsTask());
    }
}
