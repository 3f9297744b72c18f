namespace DasTern.Emailing;

/// <summary>A rendered message, ready for the SMTP server.</summary>
public sealed record EmailMessage(string To, string Subject, string TextBody);
