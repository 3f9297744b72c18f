using DasTern.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace DasTern.Identity;

public sealed class UserVerificationCodeRepository(DasTernDbContext dbContext, IDbContextFactory<DasTernDbContext> separateContexts) : IUserVerificationCodeRepository
{
    public async Task<bool> TryCountGuessAsync(Guid codeId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var separate = await separateContexts.CreateDbContextAsync(cancellationToken);
        return await separate.UserVerificationCodes
            .Where(code => code.Id == codeId && code.UsedTime == null && code.ExpirationTime > now && code.Guesses < UserVerificationCode.MaxGuesses)
            .ExecuteUpdateAsync(setters => setters.SetProperty(code => code.Guesses, code => code.Guesses + 1), cancellationToken) == 1;
    }

    public async Task<bool> TryMarkUsedAsync(Guid codeId, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        await dbContext.UserVerificationCodes
            .Where(code => code.Id == codeId && code.UsedTime == null)
            .ExecuteUpdateAsync(setters => setters.SetProperty(code => code.UsedTime, now), cancellationToken) == 1;

    public async Task InsertAsync(UserVerificationCode code, CancellationToken cancellationToken = default) =>
        await dbContext.UserVerificationCodes.AddAsync(code, cancellationToken);

    public Task<UserVerificationCode?> FindLatestAsync(Guid userId, VerificationCodePurpose purpose, CancellationToken cancellationToken = default) =>
        dbContext.UserVerificationCodes
            .AsNoTracking()
            .Where(code => code.UserId == userId && code.Purpose == purpose)
            .OrderByDescending(code => code.CreationTime)
            .FirstOrDefaultAsync(cancellationToken);

    public Task<int> CountSinceAsync(Guid userId, VerificationCodePurpose purpose, DateTimeOffset since, CancellationToken cancellationToken = default) =>
        dbContext.UserVerificationCodes.CountAsync(code => code.UserId == userId && code.Purpose == purpose && code.CreationTime >= since, cancellationToken);
}
