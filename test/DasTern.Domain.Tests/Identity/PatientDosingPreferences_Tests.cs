using DasTern.ExceptionHandling;

namespace DasTern.Identity;

public class PatientDosingPreferences_Tests
{
    private static PatientDosingPreferences Create(int morningHour = 7, int noonHour = 12, int eveningHour = 18, int nightHour = 21, int graceMinutes = 30) =>
        PatientDosingPreferences.Create(new(morningHour, 0), new(noonHour, 0), new(eveningHour, 0), new(nightHour, 0), graceMinutes);

    [Fact]
    public void Should_Keep_Meal_Times_That_Follow_Each_Other()
    {
        var preferences = Create(morningHour: 6, noonHour: 11, eveningHour: 17, nightHour: 22, graceMinutes: UserConsts.MaxDoseGracePeriodMinutes);

        preferences.MorningMealTime.ShouldBe(new TimeOnly(6, 0));
        preferences.NightMealTime.ShouldBe(new TimeOnly(22, 0));
        preferences.DoseGracePeriodMinutes.ShouldBe(UserConsts.MaxDoseGracePeriodMinutes);
    }

    [Theory]
    [InlineData(12, 12, 18, 21)]
    [InlineData(13, 12, 18, 21)]
    [InlineData(7, 19, 18, 21)]
    [InlineData(7, 12, 22, 21)]
    public void Should_Reject_Meal_Times_Out_Of_Order(int morningHour, int noonHour, int eveningHour, int nightHour)
    {
        var exception = Should.Throw<BusinessException>(() => Create(morningHour, noonHour, eveningHour, nightHour));

        exception.Code.ShouldBe(IdentityErrorCodes.PatientMealTimesOutOfOrder);
        exception.HttpStatusCode.ShouldBe(400);
    }

    [Fact]
    public void Should_Accept_A_Grace_Period_Of_Zero_And_Meal_Times_One_Minute_Apart()
    {
        var preferences = PatientDosingPreferences.Create(new(7, 0), new(7, 1), new(7, 2), new(7, 3), 0);

        preferences.DoseGracePeriodMinutes.ShouldBe(0);
        preferences.NightMealTime.ShouldBe(new TimeOnly(7, 3));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(UserConsts.MaxDoseGracePeriodMinutes + 1)]
    public void Should_Reject_A_Grace_Period_Out_Of_Bounds(int graceMinutes)
    {
        var exception = Should.Throw<BusinessException>(() => Create(graceMinutes: graceMinutes));

        exception.Code.ShouldBe(IdentityErrorCodes.PatientGracePeriodOutOfRange);
        exception.Values["Max"].ShouldBe(UserConsts.MaxDoseGracePeriodMinutes);
    }

    [Fact]
    public void Should_Be_Compared_By_Value()
    {
        Create().ShouldBe(PatientDosingPreferences.Default);
    }
}
