using DasTern.Dtos;
using DasTern.Services;

namespace DasTern.Medicines;

/// <summary>The medicines catalogue: every signed-in role reads it, admins maintain it.</summary>
public interface IMedicineAppService : IApplicationService
{
    Task<MedicineDto> GetAsync(Guid id);

    Task<PagedResultDto<MedicineDto>> GetListAsync(GetMedicineListInput input);

    Task<ListResultDto<string>> GetCategoriesAsync();

    Task<MedicineDto> CreateAsync(CreateMedicineDto input);

    Task<MedicineDto> UpdateAsync(Guid id, UpdateMedicineDto input);

    Task DeleteAsync(Guid id);

    /// <summary>Every interacting pair among the given medicines, most severe first.</summary>
    Task<ListResultDto<DrugInteractionDto>> CheckInteractionsAsync(CheckInteractionsInput input);
}
