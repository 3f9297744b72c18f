using DasTern.Identity;
using DasTern.Modularity;
using DasTern.Security;
using DasTern.Uow;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace DasTern.Account;

/// <summary>
/// Ends a user's sessions: refresh tokens and codes are revoked in the token store, live access
/// tokens go on the revocation list every instance checks, and browser sign-ins at the login page
/// end, all in the caller's unit of work, so they commit with the change that ended the sessions.
/// Sessions are ended explicitly here, never by a side effect of a changed security stamp.
/// </summary>
public sealed class UserSessionRevoker(
    IOpenIddictTokenManager tokens,
    IAccessTokenRevocationList revocationList,
    ILoginSessionRepository loginSessions,
    IUnitOfWorkManager unitOfWorkManager,
    IServiceScopeFactory scopes,
    TimeProvider timeProvider) : IScopedDependency
{
    /// <summary>Every session (password reset, deactivation, lock, a removed role, an account taken over).</summary>
    public Task RevokeAllAsync(Guid userId, CancellationToken cancellationToken = default) =>
        RevokeAsync(userId, keepAuthorizationId: null, cancellationToken);

    /// <summary>
    /// Every session but the caller's own (<paramref name="keepAuthorizationId"/>): after the user
    /// changes the password or the second factor, the device that did it stays signed in.
    /// </summary>
    public Task RevokeOthersAsync(Guid userId, string? keepAuthorizationId, CancellationToken cancellationToken = default) =>
        RevokeAsync(userId, keepAuthorizationId, cancellationToken);

    /// <summary>
    /// Every session, committed at once in a transaction of its own: for a lockout reached during a
    /// request that is about to fail (and roll back) anyway.
    /// </summary>
    public async Task RevokeAllNowAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync(isTransactional: true, cancellationToken);
        await scope.ServiceProvider.GetRequiredService<UserSessionRevoker>().RevokeAllAsync(userId, cancellationToken);
        await unitOfWork.CompleteAsync(cancellationToken);
    }

    private async Task RevokeAsync(Guid userId, string? keepAuthorizationId, CancellationToken cancellationToken)
    {
        if (unitOfWorkManager.Current is null)
        {
            throw new InvalidOperationException("Sessions are revoked inside a unit of work.");
        }

        // Read to the end before revoking: the store cannot write while a query is still streaming.
        var userTokens = new List<object>();
        await foreach (var token in tokens.FindBySubjectAsync(userId.ToString(), cancellationToken))
        {
            userTokens.Add(token);
        }

        var now = timeProvider.GetUtcNow();
        foreach (var token in userTokens)
        {
            if ((keepAuthorizationId is not null && await tokens.GetAuthorizationIdAsync(token, cancellationToken) == keepAuthorizationId)
                || await tokens.GetExpirationDateAsync(token, cancellationToken) is not { } expires || expires <= now
                || !(await tokens.HasStatusAsync(token, Statuses.Valid, cancellationToken) || await tokens.HasStatusAsync(token, Statuses.Inactive, cancellationToken)))
            {
                continue;
            }

            if (await tokens.GetTypeAsync(token, cancellationToken) == TokenTypeIdentifiers.AccessToken && await tokens.GetIdAsync(token, cancellationToken) is { } id)
            {
                await revocationList.RevokeAsync(id, expires, cancellationToken);
            }

            await tokens.TryRevokeAsync(token, cancellationToken);
        }

        await loginSessions.DeleteByUserAsync(userId, cancellationToken);
    }
}
