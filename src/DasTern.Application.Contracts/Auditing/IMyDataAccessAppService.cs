using DasTern.Dtos;
using DasTern.Services;

namespace DasTern.Auditing;

/// <summary>A patient's own view: who read my health data, what, and when.</summary>
public interface IMyDataAccessAppService : IApplicationService
{
    Task<PagedResultDto<DataAccessDto>> GetListAsync(PagedAndSortedResultRequestDto input);
}
