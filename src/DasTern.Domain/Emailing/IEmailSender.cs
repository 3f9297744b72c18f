namespace DasTern.Emailing;

/// <summary>Hands one message to the mail server; throws when it cannot.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
