namespace DasTern.Identity;

/// <summary>
/// The canonical spelling of an email address: trimmed, without the trailing dot(s) a fully
/// qualified domain may carry (<c>a@example.com.</c> is the mailbox <c>a@example.com</c>).
/// </summary>
public static class EmailAddresses
{
    public static string Canonicalize(string email)
    {
        var trimmed = email.Trim();
        var at = trimmed.LastIndexOf('@');
        return at < 0 ? trimmed : trimmed[..(at + 1)] + trimmed[(at + 1)..].TrimEnd('.');
    }
}
