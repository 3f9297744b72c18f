using PhoneNumbers;

namespace DasTern.Identity;

/// <summary>
/// One spelling per phone number: E.164 (<c>+85512345678</c>), read with libphonenumber. A number
/// without a country code is Cambodian; <c>00</c> is read as the international prefix, so
/// <c>+855…</c>, <c>855…</c>, <c>00855…</c> and <c>0…</c> are the same number.
/// </summary>
public static class PhoneNumberNormalizer
{
    public const string DefaultRegion = "KH";

    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>The E.164 form of a valid number; null when <paramref name="phoneNumber"/> is not a valid phone number.</summary>
    public static string? ToE164(string phoneNumber)
    {
        var trimmed = phoneNumber.Trim();
        if (trimmed.StartsWith("00", StringComparison.Ordinal))
        {
            trimmed = "+" + trimmed[2..];
        }

        try
        {
            var parsed = Util.Parse(trimmed, DefaultRegion);
            return Util.IsValidNumber(parsed) ? Util.Format(parsed, PhoneNumberFormat.E164) : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    /// <summary>The national significant number of an E.164 number (<c>12345678</c> for <c>+85512345678</c>).</summary>
    public static string? NationalNumberOf(string e164)
    {
        try
        {
            return Util.GetNationalSignificantNumber(Util.Parse(e164, DefaultRegion));
        }
        catch (NumberParseException)
        {
            return null;
        }
    }
}
