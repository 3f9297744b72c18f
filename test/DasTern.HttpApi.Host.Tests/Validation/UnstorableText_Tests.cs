using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DasTern.ExceptionHandling;
using DasTern.Identity;
using DasTern.Infrastructure;

namespace DasTern.Validation;

/// <summary>
/// Text PostgreSQL cannot store (NUL, unpaired surrogates) is refused at the edge with a 400 on the
/// member, in every kind of input: JSON bodies, query strings, and the forms of the token endpoint
/// and the login page.
/// </summary>
[Collection(HostTestCollection.Name)]
public class UnstorableText_Tests(HostFixture fixture)
{
    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(field => KeyValuePair.Create(field.Name, field.Value)));

    private static FormUrlEncodedContent TokenForm(string userName, string password) => Form(
        ("grant_type", "password"), ("client_id", TestSettings.MobileClientId), ("username", userName), ("password", password), ("scope", "DasTern"));

    private static async Task<JsonElement> RefusedAsync(HttpResponseMessage response, string member)
    {
        var errors = (await ProblemDetailsBody.ReadAsync(response, 400, CommonErrorCodes.ValidationFailed)).GetProperty("errors");
        errors.EnumerateObject().Select(error => error.Name).ShouldBe([member]);
        return errors.GetProperty(member);
    }

    [Fact]
    public async Task Should_Refuse_A_NUL_In_A_Json_Body_On_The_Member()
    {
        using var client = fixture.Client();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("km");

        using var response = await client.PostAsJsonAsync("/api/account/register-patient", new
        {
            email = $"nul-{Guid.NewGuid():N}@dastern.test", password = "quiet river lantern 4071", firstName = "So\0k", lastName = "Dara",
        });

        (await RefusedAsync(response, "firstName"))[0].GetString().ShouldBe("អត្ថបទមានតួអក្សរដែលមិនអនុញ្ញាត (តួអក្សរ NUL ឬតួអក្សរយូនីកូដមិនពេញលេញ)។");
    }

    [Fact]
    public async Task Should_Keep_Strings_Plain_Strings_In_The_Api_Description()
    {
        using var client = fixture.Client();

        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var firstName = document.GetProperty("components").GetProperty("schemas").GetProperty("RegisterDto").GetProperty("properties").GetProperty("firstName");
        firstName.GetProperty("type").ToString().ShouldContain("string");
    }

    [Fact]
    public async Task Should_Refuse_An_Unpaired_Surrogate_In_A_Json_Body_On_The_Member()
    {
        using var client = fixture.Client(await fixture.TokenForAsync(RoleNames.Patient));
        const string body = """{ "firstName": "Sok", "lastName": "Da\ud800ra", "timeZone": "Asia/Phnom_Penh", "language": "en" }""";

        using var response = await client.PutAsync("/api/account/my-profile", new StringContent(body, Encoding.UTF8, "application/json"));

        await RefusedAsync(response, "lastName");
    }

    [Fact]
    public async Task Should_Refuse_A_NUL_In_A_Query_String_On_The_Member()
    {
        using var client = fixture.Client(await fixture.TokenForAsync(RoleNames.Patient));

        using var response = await client.GetAsync("/api/app/medicine?filter=am%00ox&category=Antibiotic");

        await RefusedAsync(response, "filter");
    }

    [Fact]
    public async Task Should_Refuse_A_NUL_In_The_Token_Form_On_The_Member()
    {
        using var client = fixture.Client();

        using var response = await client.PostAsync("/connect/token", TokenForm("admin\0@dastern.test", "whatever it is"));

        await RefusedAsync(response, "username");
    }

    [Fact]
    public async Task Should_Refuse_A_NUL_In_The_Login_Page_Form_On_The_Member()
    {
        using var client = fixture.Client();

        using var response = await client.PostAsync("/account/login", Form(("login", "a\0b@dastern.test"), ("password", "x"), ("returnUrl", "/")));

        await RefusedAsync(response, "login");
    }

    [Fact]
    public async Task Should_Answer_Every_Innocent_Request_Between_Refused_Ones()
    {
        var (email, password, _) = await fixture.CreateUserAsync(RoleNames.Patient);
        using var patient = fixture.Client(await fixture.TokenForAsync(RoleNames.Patient));
        using var anonymous = fixture.Client();
        var refused = new List<string>();
        var failed = new List<string>();

        // Each refused request has an innocent twin that runs the same SQL, so a connection left in a bad state would show.
        for (var i = 0; i < 12; i++)
        {
            await Expect(refused, await patient.GetAsync($"/api/app/medicine?filter=am%00ox&category=Antibiotic&skipCount={i}"), 400);
            await Expect(failed, await patient.GetAsync($"/api/app/medicine?filter=amox&category=Antibiotic&skipCount={i}"), 200);
            await Expect(refused, await anonymous.PostAsJsonAsync("/api/account/send-password-reset-code", new { email = $"nobody{i}\0@dastern.test" }), 400);
            await Expect(failed, await anonymous.PostAsJsonAsync("/api/account/send-password-reset-code", new { email = $"nobody{i}@dastern.test" }), 204);
            await Expect(refused, await anonymous.PostAsync("/connect/token", TokenForm(email + "\0", password)), 400);
            await Expect(failed, await anonymous.PostAsync("/connect/token", TokenForm(email, password)), 200);
        }

        refused.ShouldBeEmpty();
        failed.ShouldBeEmpty();
    }

    private static async Task Expect(List<string> problems, HttpResponseMessage response, int status)
    {
        using (response)
        {
            if ((int)response.StatusCode != status)
            {
                problems.Add($"{response.RequestMessage!.Method} {response.RequestMessage.RequestUri!.PathAndQuery}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }
    }
}
