using System.Net.Http.Json;
using System.Text.Json;
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
        using var client = fixture.Client(await TokenClient.AccessTokenAsync(anonymous, email, password));
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("km");

        using var response = await client.PutAsJsonAsync("/api/account/my-profile", new
        {
            firstName = "Sokha", lastName = "Dara", timeZone = "Asia/Phnom_Penh", language = "km",
            morningMealTime = "13:00:00", noonMealTime = "12:00:00", eveningMealTime = "18:00:00", nightMealTime = "21:00:00", doseGracePeriodMinutes = 30,
        });

        var body = await ProblemDetailsBody.ReadAsync(response, 400, IdentityErrorCodes.PatientMealTimesOutOfOrder);
        body.GetProperty("title").GetString()!.ShouldStartWith("ម៉ោងអាហារត្រូវតែរៀបតាមលំដាប់");
        var profile = await client.GetFromJsonAsync<JsonElement>("/api/account/my-profile");
        profile.GetProperty("morningMealTime").GetString().ShouldBe("07:00:00");
        profile.GetProperty("firstName").ValueKind.ShouldBe(JsonValueKind.Null);
    }
}
