using DasTern.ExceptionHandling;
using DasTern.Localization;

namespace DasTern.Account;

public static class TimeZones
{
    /// <summary>Accepts IANA ids the server knows (e.g. <c>Asia/Phnom_Penh</c>); anything else is a 400 on <c>timeZone</c>.</summary>
    public static string Validate(string timeZone)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone) || !zone.HasIanaId)
        {
            throw new ValidationFailedException("timeZone", new JsonStringLocalizer()["Validation:UnknownTimeZone"].Value);
        }

        return timeZone;
    }
}
