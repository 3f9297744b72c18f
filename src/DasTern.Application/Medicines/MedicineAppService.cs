using DasTern.Authorization;
using DasTern.Caching;
using DasTern.Dtos;
using DasTern.ExceptionHandling;
using DasTern.Localization;
using DasTern.Uow;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;

namespace DasTern.Medicines;

/// <summary>
/// The catalogue is public reference data (no health data): any signed-in account may read it and
/// check interactions, whatever its roles (a doctor waiting for verification included). Changing it
/// takes the <c>DasTern.Medicines.*</c> permissions. Only those who may edit it see inactive medicines.
/// </summary>
public sealed class MedicineAppService(
    IMedicineRepository medicines,
    IDrugInteractionRuleRepository interactionRules,
    MedicineManager manager,
    CommittedCache cache,
    IOptions<MedicineCatalogueOptions> options,
    IUnitOfWorkManager unitOfWorkManager,
    IPolicyChecker policyChecker,
    JsonStringLocalizer localizer) : IMedicineAppService
{
    /// <summary>Tag on every cached catalogue read; any change to the catalogue drops them all.</summary>
    public const string CacheTag = "medicines";

    private static readonly string[] CacheTags = [CacheTag];

    public async Task<MedicineDto> GetAsync(Guid id) => (await medicines.GetAsync(id)).ToDto();

    public async Task<PagedResultDto<MedicineDto>> GetListAsync(GetMedicineListInput input)
    {
        var sort = MedicineListQuery.Sorting.Parse(input.Sorting);
        // Managers see the whole catalogue unless they filter; everyone else only what may be prescribed.
        var isActive = await policyChecker.IsGrantedAsync(MedicinesPermissions.Edit) ? input.IsActive : true;
        var query = new MedicineListQuery(
            string.IsNullOrWhiteSpace(input.Filter) ? null : input.Filter.Trim().ToLowerInvariant(),
            string.IsNullOrWhiteSpace(input.Category) ? null : input.Category.Trim().ToLowerInvariant(),
            input.DosageForm,
            isActive,
            sort,
            input.SkipCount,
            input.MaxResultCount);

        return await CachedAsync($"medicines:list:{query}", (medicines, query), static async (state, token) =>
        {
            var (totalCount, items) = await state.medicines.GetPagedListAsync(state.query, token);
            return new PagedResultDto<MedicineDto>(totalCount, items.Select(medicine => medicine.ToDto()).ToList());
        });
    }

    public async Task<ListResultDto<string>> GetCategoriesAsync() =>
        new(await CachedAsync("medicines:categories", medicines, static async (repository, token) => (await repository.GetCategoriesAsync(token)).ToArray()));

    [Authorize(MedicinesPermissions.Create)]
    public async Task<MedicineDto> CreateAsync(CreateMedicineDto input)
    {
        var medicine = await manager.CreateAsync(input.GenericName, input.ToDetails());
        await medicines.InsertAsync(medicine);
        return await SaveAsync(medicine);
    }

    [Authorize(MedicinesPermissions.Edit)]
    public async Task<MedicineDto> UpdateAsync(Guid id, UpdateMedicineDto input)
    {
        var medicine = await medicines.GetAsync(id);
        medicine.ExpectConcurrencyStamp(input.ConcurrencyStamp);
        await manager.RenameAsync(medicine, input.GenericName);
        medicine.SetDetails(input.ToDetails());
        return await SaveAsync(medicine);
    }

    [Authorize(MedicinesPermissions.Delete)]
    public async Task DeleteAsync(Guid id)
    {
        await manager.DeleteAsync(await medicines.GetAsync(id));
    }

    public async Task<ListResultDto<DrugInteractionDto>> CheckInteractionsAsync(CheckInteractionsInput input)
    {
        var ids = input.MedicineIds;
        if (ids.Distinct().Count() != ids.Count)
        {
            throw new ValidationFailedException("medicineIds", localizer["Validation:DuplicateValues"].Value);
        }

        var found = await medicines.GetListByIdsAsync(ids);
        // Nullable, so the empty GUID is an unknown id like any other rather than "none missing".
        if (ids.Select(id => (Guid?)id).FirstOrDefault(id => found.All(medicine => medicine.Id != id)) is { } missing)
        {
            throw new BusinessException(MedicineErrorCodes.NotFoundForInteraction).WithData("Id", missing);
        }

        var interactions = InteractionChecker.FindInteractions(found, await interactionRules.GetAllAsync());
        return new ListResultDto<DrugInteractionDto>(interactions.Select(interaction => interaction.ToDto()).ToList());
    }

    /// <summary>
    /// Flushes inside the transaction so the answer carries the new stamp and audit times; the
    /// medicine's change event drops the cached reads on commit (<see cref="MedicineCatalogueCacheInvalidator"/>).
    /// </summary>
    private async Task<MedicineDto> SaveAsync(Medicine medicine)
    {
        await CurrentUnitOfWork.SaveChangesAsync();
        return medicine.ToDto();
    }

    private ValueTask<T> CachedAsync<TState, T>(string key, TState state, Func<TState, CancellationToken, ValueTask<T>> factory) =>
        cache.GetOrCreateAsync(key, state, factory, new HybridCacheEntryOptions { Expiration = options.Value.ListCacheDuration, LocalCacheExpiration = TimeSpan.FromMinutes(5) }, CacheTags);

    private IUnitOfWork CurrentUnitOfWork =>
        unitOfWorkManager.Current ?? throw new InvalidOperationException("Medicine changes need an active unit of work.");
}
