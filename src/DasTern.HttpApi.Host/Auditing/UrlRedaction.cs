using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;

namespace DasTern.Auditing;

/// <summary>
/// Audit records keep a request's URL; a token, code or password someone put in a query string must
/// not be kept with it. Values of credential-like names, and anything shaped like a JWT, are replaced.
/// </summary>
public static partial class UrlRedaction
{
    public const string Redacted = "[redacted]";

    private static readonly HashSet<string> SecretNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "access_token", "id_token", "refresh_token", "token", "code", "code_verifier", "password", "client_secret",
        "otp", "client_assertion", "assertion", "id_token_hint", "login_hint", "state", "nonce",
    };

    public static string Redact(PathString path, QueryString query)
    {
        if (!query.HasValue)
        {
            return path.ToString();
        }

        var builder = new StringBuilder(path.ToString());
        var separator = '?';
        foreach (var (name, values) in QueryHelpers.ParseQuery(query.Value))
        {
            foreach (var value in values)
            {
                var kept = SecretNames.Contains(name) || LooksLikeJwt().IsMatch(value ?? string.Empty) ? Redacted : value;
                builder.Append(separator).Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(kept ?? string.Empty));
                separator = '&';
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.")]
    private static partial Regex LooksLikeJwt();
}
