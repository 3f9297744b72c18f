using DasTern.Repositories;

namespace DasTern.Medicines;

public interface IDrugInteractionRuleRepository : IRepository<DrugInteractionRule, Guid>
{
    Task<List<DrugInteractionRule>> GetAllAsync(CancellationToken cancellationToken = default);
}
