using DasTern.Dtos;
using DasTern.ExceptionHandling;
using DasTern.Users;

namespace DasTern.Auditing;

/// <summary>Any signed-in user sees the reads of their own data, and only those.</summary>
public sealed class MyDataAccessAppService(IAuditLogRepository repository, ICurrentUser currentUser) : IMyDataAccessAppService
{
    public async Task<PagedResultDto<DataAccessDto>> GetListAsync(PagedAndSortedResultRequestDto input)
    {
        var patientId = currentUser.Id ?? throw new AuthorizationFailedException();
        var (totalCount, items) = await repository.GetDataAccessForPatientAsync(patientId, input.SkipCount, input.MaxResultCount);
        return new PagedResultDto<DataAccessDto>(totalCount, items.Select(log => log.ToDto()).ToList());
    }
}
