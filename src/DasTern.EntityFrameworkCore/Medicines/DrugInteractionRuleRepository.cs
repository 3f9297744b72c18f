using DasTern.EntityFrameworkCore;
using DasTern.Repositories;
using Microsoft.EntityFrameworkCore;

namespace DasTern.Medicines;

public sealed class DrugInteractionRuleRepository(DasTernDbContext dbContext)
    : EfCoreRepository<DrugInteractionRule, Guid>(dbContext), IDrugInteractionRuleRepository
{
    public Task<List<DrugInteractionRule>> GetAllAsync(CancellationToken cancellationToken = default) =>
        DbSet.AsNoTracking().ToListAsync(cancellationToken);
}
