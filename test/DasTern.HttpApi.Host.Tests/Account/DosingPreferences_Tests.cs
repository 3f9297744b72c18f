using System.Globalization;
using DasTern.ExceptionHandling;
using DasTern.Identity;
using DasTern.Infrastructure;

namespace DasTern.Account;

[Collection(HostTestCollection.Name)]
public class DosingPreferences_Tests(HostFixture fixture)
{
    [Fact]
    public async Task Should_Refuse_Meal_Times_Out_Of_Order_In_The_Callers_Language_And_Keep_The_Profile()
    {
        var (email, password, _) = await fixture.CreateUserAsync(RoleNames.Patient);
        using var anonymous = fixture.Client();
        using var api = fixture.Api(await TokenClient.AccessTokenAsync(anonymous, email, password));
        var profile = api.Service<IProfileAppService>();
        CultureInfo.CurrentUICulture = new CultureInfo("km");
        var input = new UpdateProfileDto
        {
            FirstName = "Sokha",
            LastName = "Dara",
            TimeZone = "Asia/Phnom_Penh",
            Language = "km",
            MorningMealTime = new TimeOnly(13, 0),
            NoonMealTime = new TimeOnly(12, 0),
            EveningMealTime = new TimeOnly(18, 0),
            NightMealTime = new TimeOnly(21, 0),
            DoseGracePeriodMinutes = 30,
        };

        var failure = await RemoteFailure.ShouldThrowAsync<BusinessException>(
            () => profile.UpdateAsync(input), 400, IdentityErrorCodes.PatientMealTimesOutOfOrder);

        failure.Message.ShouldStartWith("ម៉ោងអាហារត្រូវតែរៀបតាមលំដាប់");
        var kept = await profile.GetAsync();
        kept.MorningMealTime.ShouldBe(new TimeOnly(7, 0));
        kept.FirstName.ShouldBeNull();
    }
}
