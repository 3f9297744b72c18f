using DasTern.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace DasTern.Identity;

public sealed class UserVerificationCodeRepository(DasTernDbContext dbContext, IDbContextFactory<DasTernDbContext> separateContexts) : IUserVerificationCodeRepository
{
    public async Task RecordFailedAttemptAsync(Guid codeId, CancellationToken cancellationToken = default)
    {
        await using var separate = await separateContexts.CreateDbContextAsync(cancellationToken);
        await separate.UserVerificationCodes
            .Where(code => code.Id == codeId)
            .ExecuteUpdateAsync(setters => setters.SetProperty(code => code.FailedAttempts, code => code.FailedAttempts + 1), cancellationToken);
    }

    public async Task InsertAsync(UserVerificationCode code, CancellationToken cancellationToken = default) =>
        await dbContext.UserVerificationCodes.AddAsync(code, cancellationToken);

    public Task<UserVerificationCode?> FindLatestAsync(Guid userId, VerificationCodePurpose purpose, CancellationToken cancellationToken = default) =>
        dbContext.UserVerificationCodes
            .Where(code => code.UserId == userId && code.Purpose == purpose)
            .OrderByDescending(code => code.CreationTime)
            .FirstOrDefaultAsync(cancellationToken);

    public Task<int> CountSinceAsync(Guid userId, VerificationCodePurpose purpose, DateTimeOffset since, CancellationToken cancellationToken = default) =>
        dbContext.UserVerificationCodes.CountAsync(code => code.UserId == userId && code.Purpose == purpose && code.CreationTime >= since, cancellationToken);
}
