namespace DasTern.Emailing;

/// <summary>What the email job needs: recipient, template, the recipient's language and the values to fill in.</summary>
public sealed record QueuedEmail(string To, EmailTemplate Template, string Language, Dictionary<string, string> Values);
