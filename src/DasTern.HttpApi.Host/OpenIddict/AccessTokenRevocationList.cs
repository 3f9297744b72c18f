using DasTern.Security;
using DasTern.Uow;

namespace DasTern.OpenIddict;

/// <summary>
/// The revocation list of one request: writes go to the database (through the request's unit of work)
/// and, after the commit, to every instance's mirror; checks read this instance's mirror only.
/// </summary>
/// <remarks>
/// The repository and unit of work are resolved only when revoking, so the check every request makes
/// takes no database context from the pool.
/// </remarks>
public sealed class AccessTokenRevocationList(IServiceProvider services, RevokedAccessTokenMirror mirror, TimeProvider timeProvider) : IAccessTokenRevocationList
{
    public async Task RevokeAsync(string tokenId, DateTimeOffset expiresAt, CancellationToken cancellationToken = default)
    {
        if (expiresAt <= timeProvider.GetUtcNow())
        {
            return;
        }

        await services.GetRequiredService<IRevokedAccessTokenRepository>().AddAsync(tokenId, expiresAt, cancellationToken);
        if (services.GetRequiredService<IUnitOfWorkManager>().Current is { } unitOfWork)
        {
            unitOfWork.OnCompleted(() => mirror.AddAsync(tokenId, expiresAt));
        }
        else
        {
            await mirror.AddAsync(tokenId, expiresAt);
        }
    }

    public bool IsRevoked(string tokenId) => mirror.Contains(tokenId);

    public Task ReloadAsync(CancellationToken cancellationToken = default) => mirror.ReloadEverywhereAsync(cancellationToken);
}
