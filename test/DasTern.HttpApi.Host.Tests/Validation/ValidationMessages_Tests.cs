using System.Net.Http.Json;
using System.Text.Json;
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
        (await ProblemDetailsBody.ReadAsync(response, 400, DasTernErrorCodes.ValidationFailed)).GetProperty("errors");

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
        First(km, "firstName").ShouldBe("ត្រូវតែបំពេញ FirstName។");
        First(km, "email").ShouldBe("Email មិនមែនជាអាសយដ្ឋានអ៊ីមែលត្រឹមត្រូវទេ។");
        First(km, "password").ShouldBe("Password ត្រូវមានប្រវែងពី 8 ដល់ 128 តួអក្សរ។");
        First(km, "phoneNumber").ShouldBe("PhoneNumber មិនមានទម្រង់ត្រឹមត្រូវទេ។");
        First(en, "firstName").ShouldBe("The FirstName field is required.");
        First(en, "email").ShouldBe("The Email field is not a valid email address.");
        First(en, "language").ShouldBe("The field Language is not in the expected format.");
    }

    [Fact]
    public async Task Should_Write_Model_Binding_And_Unreadable_Body_Messages_In_Khmer()
    {
        var token = await fixture.TokenForAsync(RoleNames.Admin);
        using var query = await SendAsync("km", client => client.GetAsync("/api/app/medicine?maxResultCount=abc&skipCount=-1"), token);
        using var body = await SendAsync("km", client => client.PostAsJsonAsync("/api/app/medicine", new { genericName = "x", dosageForm = "NotAForm" }), token);

        var queryErrors = await ErrorsAsync(query);
        First(queryErrors, "maxResultCount").ShouldBe("តម្លៃ 'abc' មិនត្រឹមត្រូវសម្រាប់ MaxResultCount ទេ។");
        First(queryErrors, "skipCount").ShouldBe("SkipCount ត្រូវស្ថិតនៅចន្លោះ 0 និង 2147483647។");
        First(await ErrorsAsync(body), "dosageForm").ShouldBe("តម្លៃមិនត្រឹមត្រូវទេ។");
    }
}
