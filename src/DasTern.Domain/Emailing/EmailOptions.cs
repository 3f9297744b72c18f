using System.ComponentModel.DataAnnotations;

namespace DasTern.Emailing;

/// <summary>SMTP settings (section <c>Email</c>).</summary>
public sealed class EmailOptions
{
    public const string SectionName = "Email";

    [Required]
    public string Host { get; set; } = "localhost";

    [Range(1, 65535)]
    public int Port { get; set; } = 25;

    /// <summary>None, Auto, SslOnConnect or StartTls (MailKit's SecureSocketOptions).</summary>
    public string Security { get; set; } = "Auto";

    public string? UserName { get; set; }

    public string? Password { get; set; }

    [Required]
    [EmailAddress]
    public string FromAddress { get; set; } = "no-reply@dastern.local";

    public string FromName { get; set; } = "DasTern";

    public static readonly IReadOnlyList<TimeSpan> DefaultRetryDelays = [TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromHours(1)];

    /// <summary>
    /// Waits before each retry after a failed send (default 5 min, 15 min, 1 h); after the last, the
    /// failure is audited. Empty by default because configuration binding appends to a filled list.
    /// </summary>
    public List<TimeSpan> RetryDelays { get; set; } = [];

    public IReadOnlyList<TimeSpan> EffectiveRetryDelays => RetryDelays.Count > 0 ? RetryDelays : DefaultRetryDelays;
}
