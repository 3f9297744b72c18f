namespace DasTern.Emailing;

/// <summary>An outbox message: recipient, template, the recipient's language and the values to fill in.</summary>
public sealed record QueuedEmail(string To, EmailTemplate Template, string Language, Dictionary<string, string> Values);
