using DasTern.Identity;
using DasTern.Security;
using DasTern.Uow;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace DasTern.OpenIddict;

/// <summary>
/// Keeps login-page sessions on the server (the cookie holds only the session id), so signing out,
/// an API logout or a password reset ends a browser session everywhere, not just in one browser.
/// </summary>
public sealed class LoginSessionTicketStore(IServiceScopeFactory scopes, TimeProvider timeProvider) : ITicketStore
{
    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var id = ticket.Principal.FindFirst(DasTernClaimTypes.SessionId)?.Value
            ?? throw new InvalidOperationException("A login session needs a session id claim.");
        var userId = Guid.Parse(ticket.Principal.FindFirst(DasTernClaimTypes.UserId)!.Value);
        await WithSessionsAsync(sessions => sessions.InsertAsync(new LoginSession(id, userId, TicketSerializer.Default.Serialize(ticket), ticket.Properties.ExpiresUtc)));
        return id;
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket) =>
        WithSessionsAsync(async sessions =>
        {
            if (await sessions.FindAsync(key) is { } session)
            {
                session.Renew(TicketSerializer.Default.Serialize(ticket), ticket.Properties.ExpiresUtc);
            }
        });

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        AuthenticationTicket? ticket = null;
        await WithSessionsAsync(async sessions =>
        {
            if (await sessions.FindAsync(key) is { } session && !session.IsExpiredAt(timeProvider.GetUtcNow()))
            {
                ticket = TicketSerializer.Default.Deserialize(session.Ticket);
            }
        });
        return ticket;
    }

    public Task RemoveAsync(string key) => WithSessionsAsync(sessions => sessions.DeleteAsync(key));

    private async Task WithSessionsAsync(Func<ILoginSessionRepository, Task> action)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync(isTransactional: false);
        await action(scope.ServiceProvider.GetRequiredService<ILoginSessionRepository>());
        await unitOfWork.CompleteAsync();
    }
}
