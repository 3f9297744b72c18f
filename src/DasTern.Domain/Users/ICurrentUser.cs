namespace DasTern.Users;

public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    /// <summary>The signed-in user's id; null for anonymous callers and for client-credential tokens.</summary>
    Guid? Id { get; }

    string? UserName { get; }

    string? ClientId { get; }

    IReadOnlyList<string> Roles { get; }

    bool IsInRole(string role);
}
