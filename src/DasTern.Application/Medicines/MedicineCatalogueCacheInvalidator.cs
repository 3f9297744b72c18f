using DasTern.Caching;
using DasTern.Events;
using DasTern.Uow;

namespace DasTern.Medicines;

/// <summary>
/// Drops every cached catalogue read once a change to the catalogue has committed, whoever made it
/// (the API, the seeder), and never for a change that rolled back.
/// </summary>
public sealed class MedicineCatalogueCacheInvalidator(IUnitOfWorkManager unitOfWorkManager, CommittedCache cache) : ILocalEventHandler<MedicineCatalogueChanged>
{
    private IUnitOfWork? _scheduledFor;

    public Task HandleEventAsync(MedicineCatalogueChanged eventData)
    {
        var unitOfWork = unitOfWorkManager.Current
            ?? throw new InvalidOperationException("Catalogue changes are published inside a unit of work.");
        // Once per unit of work, however many medicines it changed.
        if (!ReferenceEquals(_scheduledFor, unitOfWork))
        {
            _scheduledFor = unitOfWork;
            cache.RemoveByTagAfterCommit(MedicineAppService.CacheTag);
        }

        return Task.CompletedTask;
    }
}
