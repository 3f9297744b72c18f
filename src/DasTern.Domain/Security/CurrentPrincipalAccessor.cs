using System.Security.Claims;

namespace DasTern.Security;

/// <summary>Keeps an explicitly set principal in an async-local slot; otherwise asks <see cref="DefaultPrincipal"/>.</summary>
public class CurrentPrincipalAccessor : ICurrentPrincipalAccessor
{
    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());
    private readonly AsyncLocal<ClaimsPrincipal?> _override = new();

    public ClaimsPrincipal Principal => _override.Value ?? DefaultPrincipal ?? Anonymous;

    protected virtual ClaimsPrincipal? DefaultPrincipal => null;

    public IDisposable Change(ClaimsPrincipal principal)
    {
        var previous = _override.Value;
        _override.Value = principal;
        return new Restore(() => _override.Value = previous);
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
