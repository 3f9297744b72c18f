using System.Net.Http.Json;
using System.Text.Json;
using DasTern.Account;
using DasTern.ExceptionHandling;
using DasTern.Identity;
using DasTern.Infrastructure;

namespace DasTern.Validation;

/// <summary>Per-member validation messages follow <c>Accept-Language</c>, like the titles, and never show a pattern.</summary>
[Collection(HostTestCollection.Name)]
public class ValidationMessages_Tests(HostFixture fixture)
{
    private static readonly object BadRegistration = new { email = "not-an-address", password = "short", language = "fr", phoneNumber = "abc" };

    private async Task<JsonElement> ErrorsAsync(HttpResponseMessage response) =>
        (await ProblemDetailsBody.ReadAsync(response, 400, CommonErrorCodes.ValidationFailed)).GetProperty("errors");

    private static string First(JsonElement errors, string member) => errors.GetProperty(member)[0].GetString()!;

    private async Task<HttpResponseMessage> SendAsync(string language, Func<HttpClient, Task<HttpResponseMessage>> send, string? token = null)
    {
        using var client = fixture.Client(token);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return await send(client);
    }

    [Fact]
    public async Task Should_Write_Data_Annotation_Messages_In_Khmer_Or_English()
    {
        using var khmer = await SendAsync("km", client => client.PostAsJsonAsync("/api/account/register-patient", BadRegistration));
        using var english = await SendAsync("en", client => client.PostAsJsonAsync("/api/account/register-patient", BadRegistration));

        var km = await ErrorsAsync(khmer);
        var en = await ErrorsAsync(english);
        First(km, "firstName").ShouldBe("ត្រូវតែបំពេញវាលនេះ។");
        First(km, "email").ShouldBe("នេះមិនមែនជាអាសយដ្ឋានអ៊ីមែលត្រឹមត្រូវទេ។");
        First(km, "password").ShouldBe("សូមប្រើពី 8 ដល់ 128 តួអក្សរ។");
        First(km, "phoneNumber").ShouldBe("តម្លៃមិនមានទម្រង់ត្រឹមត្រូវទេ។");
        First(en, "firstName").ShouldBe("This field is required.");
        First(en, "email").ShouldBe("This is not a valid email address.");
        First(en, "language").ShouldBe("The value is not in the expected format.");
    }

    [Fact]
    public async Task Should_Never_Name_A_Member_In_A_Message_The_Errors_Are_Keyed_By_It()
    {
        foreach (var language in new[] { "km", "en" })
        {
            using var response = await SendAsync(language, client => client.PostAsJsonAsync("/api/account/register-patient", BadRegistration));

            var errors = await ErrorsAsync(response);
            foreach (var member in errors.EnumerateObject())
            {
                var pascal = char.ToUpperInvariant(member.Name[0]) + member.Name[1..];
                member.Value.EnumerateArray().ShouldAllBe(message => !message.GetString()!.Contains(pascal, StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public async Task Should_Write_The_Time_Zone_Message_In_Khmer()
    {
        using var response = await SendAsync("km", client => client.PostAsJsonAsync("/api/account/register-patient", new
        {
            email = $"zone-{Guid.NewGuid():N}@dastern.test", password = "quiet river lantern 4071", firstName = "A", lastName = "B", timeZone = "Mars/Olympus",
        }));

        First(await ErrorsAsync(response), "timeZone").ShouldBe("នេះមិនមែនជាតំបន់ពេលវេលា IANA ដែលស្គាល់ទេ (ឧទាហរណ៍ Asia/Phnom_Penh)។");
    }

    [Fact]
    public async Task Should_Write_Identitys_Password_Messages_In_Khmer_Under_The_Member_That_Carried_The_Password()
    {
        var (email, password, _) = await fixture.CreateUserAsync(RoleNames.Patient);
        using var anonymous = fixture.Client();
        var token = await TokenClient.AccessTokenAsync(anonymous, email, password);

        using var weakRegistration = await SendAsync("km", client => client.PostAsJsonAsync("/api/account/register-patient", new
        {
            email = $"weak-{Guid.NewGuid():N}@dastern.test", password = "Password1!", firstName = "A", lastName = "B",
        }));
        using var weakChange = await SendAsync("km", client => client.PostAsJsonAsync("/api/account/my-profile/change-password", new { currentPassword = password, newPassword = "Qwerty123!" }), token);
        using var wrongCurrent = await SendAsync("km", client => client.PostAsJsonAsync("/api/account/my-profile/change-password", new { currentPassword = "not my password at all", newPassword = "tuk-tuk monsoon lotus 27" }), token);

        const string tooWeak = "ពាក្យសម្ងាត់នេះងាយទាយពេក៖ វាជាពាក្យសម្ងាត់ទូទៅ ជាលំនាំ ឬបង្កើតចេញពីព័ត៌មានផ្ទាល់ខ្លួនរបស់អ្នក។ ពាក្យច្រើនដែលមិនទាក់ទងគ្នា បង្កើតបានជាពាក្យសម្ងាត់រឹងមាំ ហើយងាយចងចាំ។";
        First(await ErrorsAsync(weakRegistration), "password").ShouldBe(tooWeak);
        var changeErrors = await ErrorsAsync(weakChange);
        First(changeErrors, "newPassword").ShouldBe(tooWeak);
        changeErrors.TryGetProperty("password", out _).ShouldBeFalse();
        (await ProblemDetailsBody.ReadAsync(wrongCurrent, 400, AccountErrorCodes.InvalidPassword)).GetProperty("title").GetString().ShouldBe("ពាក្យសម្ងាត់មិនត្រឹមត្រូវទេ។");
    }

    [Fact]
    public async Task Should_Write_The_Problem_Data_Members_In_camelCase()
    {
        var (email, _, _) = await fixture.CreateUserAsync(RoleNames.Patient);
        var admin = await fixture.TokenForAsync(RoleNames.Admin);

        using var response = await SendAsync("km", client => client.PostAsJsonAsync("/api/identity/users", new
        {
            email, password = "quiet river lantern 4071", firstName = "A", lastName = "B", roles = Array.Empty<string>(),
        }), admin);

        var body = await ProblemDetailsBody.ReadAsync(response, 409, AccountErrorCodes.DuplicateEmail);
        body.GetProperty("data").GetProperty("email").GetString().ShouldBe(email);
        body.GetProperty("data").TryGetProperty("Email", out _).ShouldBeFalse();
        body.GetProperty("title").GetString().ShouldBe($"គណនីដែលមានអ៊ីមែល {email} មានរួចហើយ។");
    }

    [Fact]
    public async Task Should_Write_Model_Binding_And_Unreadable_Body_Messages_In_Khmer()
    {
        var token = await fixture.TokenForAsync(RoleNames.Admin);
        using var query = await SendAsync("km", client => client.GetAsync("/api/app/medicine?maxResultCount=abc&skipCount=-1"), token);
        using var body = await SendAsync("km", client => client.PostAsJsonAsync("/api/app/medicine", new { genericName = "x", dosageForm = "NotAForm" }), token);

        var queryErrors = await ErrorsAsync(query);
        First(queryErrors, "maxResultCount").ShouldBe("តម្លៃ 'abc' មិនត្រឹមត្រូវទេ។");
        First(queryErrors, "skipCount").ShouldBe("តម្លៃត្រូវស្ថិតនៅចន្លោះ 0 និង 2147483647។");
        First(await ErrorsAsync(body), "dosageForm").ShouldBe("តម្លៃមិនត្រឹមត្រូវទេ។");
    }
}
