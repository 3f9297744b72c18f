using Microsoft.AspNetCore.Http.Features;

namespace DasTern.Auditing;

/// <summary>
/// Who a request acted for when its principal does not say: the token endpoint signs someone in
/// without being signed in itself, so it names the user here for the request's audit record.
/// </summary>
public sealed class AuditIdentity
{
    public Guid? UserId { get; init; }

    public string? UserName { get; init; }

    public string? ClientId { get; init; }

    public static void Set(HttpContext context, AuditIdentity identity) => context.Features.Set(identity);

    public static AuditIdentity? Of(IFeatureCollection features) => features.Get<AuditIdentity>();
}
