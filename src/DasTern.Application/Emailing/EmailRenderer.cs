using System.Globalization;
using DasTern.Localization;
using DasTern.Modularity;

namespace DasTern.Emailing;

/// <summary>Fills a template's subject and body in the recipient's language.</summary>
public sealed class EmailRenderer(JsonStringLocalizer localizer) : ISingletonDependency
{
    public EmailMessage Render(QueuedEmail email)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(SupportedLanguages.IsSupported(email.Language) ? email.Language : SupportedLanguages.Default);
        try
        {
            var values = email.Values.ToDictionary(pair => pair.Key, pair => (object?)pair.Value);
            return new EmailMessage(
                email.To,
                localizer.Format($"Email:{email.Template}:Subject", values),
                localizer.Format($"Email:{email.Template}:Body", values));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
