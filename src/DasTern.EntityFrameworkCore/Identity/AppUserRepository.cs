using DasTern.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace DasTern.Identity;

public sealed class AppUserRepository(DasTernDbContext dbContext) : IAppUserRepository
{
    public Task<AppUser?> FindByPhoneNumberAsync(string normalizedPhoneNumber, CancellationToken cancellationToken = default) =>
        dbContext.Users.FirstOrDefaultAsync(user => user.PhoneNumber == normalizedPhoneNumber, cancellationToken);
}
