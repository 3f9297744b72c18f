using DasTern.Authorization;
using DasTern.Dtos;
using DasTern.ExceptionHandling;
using DasTern.Localization;
using DasTern.Permissions;
using DasTern.Sorting;
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
    HybridCache cache,
    IOptions<MedicineCatalogueOptions> options,
    IUnitOfWorkManager unitOfWorkManager,
    IPolicyChecker policyChecker,
    JsonStringLocalizer localizer) : IMedicineAppService
{
    /// <summary>Tag on every cached catalogue read; any change to the catalogue drops them all.</summary>
    public const string CacheTag = "medicines";

    private static readonly string[] CacheTags = [CacheTag];

    private static readonly Dictionary<string, MedicineSortField> SortFields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["genericName"] = MedicineSortField.GenericName,
        ["category"] = MedicineSortField.Category,
        ["dosageForm"] = MedicineSortField.DosageForm,
        ["creationTime"] = MedicineSortField.CreationTime,
    };

    public async Task<MedicineDto> GetAsync(Guid id) => (await medicines.GetAsync(id)).ToDto();

    public async Task<PagedResultDto<MedicineDto>> GetListAsync(GetMedicineListInput input)
    {
        var (field, descending) = SortingParser.Parse(input.Sorting, SortFields, MedicineSortField.GenericName);
        // Managers see the whole catalogue unless they filter; everyone else only what may be prescribed.
        var isActive = await policyChecker.IsGrantedAsync(DasTernPermissions.Medicines.Edit) ? input.IsActive : true;
        var query = new MedicineListQuery(
            string.IsNullOrWhiteSpace(input.Filter) ? null : input.Filter.Trim().ToLowerInvariant(),
            string.IsNullOrWhiteSpace(input.Category) ? null : input.Category.Trim().ToLowerInvariant(),
            input.DosageForm,
            isActive,
            field,
            descending,
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

    [Authorize(DasTernPermissions.Medicines.Create)]
    public async Task<MedicineDto> CreateAsync(CreateMedicineDto input)
    {
        var medicine = await manager.CreateAsync(input.GenericName, input.ToDetails());
        await medicines.InsertAsync(medicine);
        return await SaveAsync(medicine);
    }

    [Authorize(DasTernPermissions.Medicines.Edit)]
    public async Task<MedicineDto> UpdateAsync(Guid id, UpdateMedicineDto input)
    {
        var medicine = await medicines.GetAsync(id);
        medicine.ExpectConcurrencyStamp(input.ConcurrencyStamp);
        await manager.RenameAsync(medicine, input.GenericName);
        medicine.SetDetails(input.ToDetails());
        return await SaveAsync(medicine);
    }

    [Authorize(DasTernPermissions.Medicines.Delete)]
    public async Task DeleteAsync(Guid id)
    {
        var medicine = await medicines.GetAsync(id);
        await medicines.DeleteAsync(medicine);
        InvalidateCatalogueOnCommit();
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
            throw new BusinessException(DasTernErrorCodes.MedicineNotFoundForInteraction).WithData("Id", missing);
        }

        var interactions = InteractionChecker.FindInteractions(found, await interactionRules.GetAllAsync());
        return new ListResultDto<DrugInteractionDto>(interactions.Select(interaction => interaction.ToDto()).ToList());
    }

    /// <summary>Flushes inside the transaction so the answer carries the new stamp and audit times.</summary>
    private async Task<MedicineDto> SaveAsync(Medicine medicine)
    {
        await CurrentUnitOfWork.SaveChangesAsync();
        InvalidateCatalogueOnCommit();
        return medicine.ToDto();
    }

    private void InvalidateCatalogueOnCommit() =>
        CurrentUnitOfWork.OnCompleted(() => cache.RemoveByTagAsync(CacheTag).AsTask());

    private async Task<T> CachedAsync<TState, T>(string key, TState state, Func<TState, CancellationToken, ValueTask<T>> factory)
    {
        var duration = options.Value.ListCacheDuration;
        if (duration <= TimeSpan.Zero)
        {
            return await factory(state, CancellationToken.None);
        }

        var entryOptions = new HybridCacheEntryOptions { Expiration = duration, LocalCacheExpiration = TimeSpan.FromMinutes(5) };
        return await cache.GetOrCreateAsync(key, state, factory, entryOptions, CacheTags);
    }

    private IUnitOfWork CurrentUnitOfWork =>
        unitOfWorkManager.Current ?? throw new InvalidOperationException("Medicine changes need an active unit of work.");
}
