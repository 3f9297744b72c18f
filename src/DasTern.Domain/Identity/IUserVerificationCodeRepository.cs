namespace DasTern.Identity;

public interface IUserVerificationCodeRepository
{
    Task InsertAsync(UserVerificationCode code, CancellationToken cancellationToken = default);

    /// <summary>The newest code of the user for the purpose, tracked so a guess can be counted.</summary>
    Task<UserVerificationCode?> FindLatestAsync(Guid userId, VerificationCodePurpose purpose, CancellationToken cancellationToken = default);

    /// <summary>Counts a wrong guess at once, in its own transaction, so the refusal that follows cannot roll it back.</summary>
    Task RecordFailedAttemptAsync(Guid codeId, CancellationToken cancellationToken = default);

    Task<int> CountSinceAsync(Guid userId, VerificationCodePurpose purpose, DateTimeOffset since, CancellationToken cancellationToken = default);
}
