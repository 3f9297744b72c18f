namespace DasTern.OpenIddict;

/// <summary>
/// Token-endpoint refusals are security events. The sign-in code logs the ones it decides; this
/// marks them so the handler that logs the server's own refusals (bad client, bad form, replays)
/// does not log them twice.
/// </summary>
public static class TokenRequestRefusals
{
    private static readonly object LoggedKey = new();

    public static void MarkLogged(HttpContext context) => context.Items[LoggedKey] = true;

    public static bool IsLogged(HttpContext context) => context.Items.ContainsKey(LoggedKey);
}
