namespace DasTern.Identity;

/// <summary>User look-ups that ASP.NET Core Identity's UserManager does not offer.</summary>
public interface IAppUserRepository
{
    Task<AppUser?> FindByPhoneNumberAsync(string normalizedPhoneNumber, CancellationToken cancellationToken = default);
}
