namespace DasTern.Identity;

public interface IUserVerificationCodeRepository
{
    Task InsertAsync(UserVerificationCode code, CancellationToken cancellationToken = default);

    /// <summary>The newest code of the user for the purpose, as read; guesses and use change it through the methods below.</summary>
    Task<UserVerificationCode?> FindLatestAsync(Guid userId, VerificationCodePurpose purpose, CancellationToken cancellationToken = default);

    /// <summary>
    /// Counts a guess at once, in its own transaction so a refusal cannot roll it back, and only while
    /// the code is unused, unexpired and has guesses left; false when it had none.
    /// </summary>
    Task<bool> TryCountGuessAsync(Guid codeId, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Marks the code used in the current transaction; false when another request used it first.</summary>
    Task<bool> TryMarkUsedAsync(Guid codeId, DateTimeOffset now, CancellationToken cancellationToken = default);

    Task<int> CountSinceAsync(Guid userId, VerificationCodePurpose purpose, DateTimeOffset since, CancellationToken cancellationToken = default);
}
