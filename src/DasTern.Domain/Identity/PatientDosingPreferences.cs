using DasTern.ExceptionHandling;

namespace DasTern.Identity;

/// <summary>
/// How a patient's day is laid out for dosing: the meal times (in the user's time zone) that place
/// doses taken with meals, and how long after its time a dose still counts as taken rather than
/// missed. A value: it is replaced as a whole, so the rules hold for every stored combination.
/// </summary>
public sealed record PatientDosingPreferences
{
    public static readonly PatientDosingPreferences Default =
        new(new TimeOnly(7, 0), new TimeOnly(12, 0), new TimeOnly(18, 0), new TimeOnly(21, 0), UserConsts.DefaultDoseGracePeriodMinutes);

    private PatientDosingPreferences(TimeOnly morningMealTime, TimeOnly noonMealTime, TimeOnly eveningMealTime, TimeOnly nightMealTime, int doseGracePeriodMinutes)
    {
        MorningMealTime = morningMealTime;
        NoonMealTime = noonMealTime;
        EveningMealTime = eveningMealTime;
        NightMealTime = nightMealTime;
        DoseGracePeriodMinutes = doseGracePeriodMinutes;
    }

    public TimeOnly MorningMealTime { get; }

    public TimeOnly NoonMealTime { get; }

    public TimeOnly EveningMealTime { get; }

    public TimeOnly NightMealTime { get; }

    public int DoseGracePeriodMinutes { get; }

    /// <summary>
    /// The meals must follow each other within one day (morning, noon, evening, night): out of order,
    /// doses "with the evening meal" would be placed before those "with lunch".
    /// </summary>
    public static PatientDosingPreferences Create(TimeOnly morningMealTime, TimeOnly noonMealTime, TimeOnly eveningMealTime, TimeOnly nightMealTime, int doseGracePeriodMinutes)
    {
        if (!(morningMealTime < noonMealTime && noonMealTime < eveningMealTime && eveningMealTime < nightMealTime))
        {
            throw new BusinessException(IdentityErrorCodes.PatientMealTimesOutOfOrder, httpStatusCode: 400);
        }

        if (doseGracePeriodMinutes is < 0 or > UserConsts.MaxDoseGracePeriodMinutes)
        {
            throw new BusinessException(IdentityErrorCodes.PatientGracePeriodOutOfRange, httpStatusCode: 400)
                .WithData("Max", UserConsts.MaxDoseGracePeriodMinutes);
        }

        return new PatientDosingPreferences(morningMealTime, noonMealTime, eveningMealTime, nightMealTime, doseGracePeriodMinutes);
    }
}
