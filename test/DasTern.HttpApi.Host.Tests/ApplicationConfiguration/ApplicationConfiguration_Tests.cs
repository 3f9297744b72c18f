using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DasTern.Identity;
using DasTern.Infrastructure;
using DasTern.Permissions;

namespace DasTern.ApplicationConfiguration;

[Collection(HostTestCollection.Name)]
public class ApplicationConfiguration_Tests(HostFixture fixture)
{
    private static async Task<(HttpStatusCode Status, EntityTagHeaderValue? ETag, JsonElement Body)> GetAsync(HttpClient client, EntityTagHeaderValue? ifNoneMatch = null, string? language = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/application-configuration");
        if (ifNoneMatch is not null)
        {
            request.Headers.IfNoneMatch.Add(ifNoneMatch);
        }

        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, response.Headers.ETag, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    [Fact]
    public async Task Should_Describe_The_Caller_And_Answer_304_While_Unchanged()
    {
        using var client = fixture.Client(await fixture.TokenForAsync(RoleNames.Admin));

        var first = await GetAsync(client);
        var second = await GetAsync(client, first.ETag);

        first.Status.ShouldBe(HttpStatusCode.OK);
        first.ETag.ShouldNotBeNull();
        first.Body.GetProperty("currentUser").GetProperty("isAuthenticated").GetBoolean().ShouldBeTrue();
        first.Body.GetProperty("currentUser").GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldContain(RoleNames.Admin);
        first.Body.GetProperty("grantedPermissions").EnumerateArray().Select(p => p.GetString()).ShouldContain(DasTernPermissions.Medicines.Create);
        first.Body.GetProperty("timeZone").GetString().ShouldBe("Asia/Phnom_Penh");
        second.Status.ShouldBe(HttpStatusCode.NotModified);
    }

    [Fact]
    public async Task Should_Change_When_The_Callers_Grants_Change()
    {
        var (email, password, id) = await fixture.CreateUserAsync(RoleNames.Caregiver);
        using var anonymous = fixture.Client();
        using var caregiver = fixture.Client(await TokenClient.AccessTokenAsync(anonymous, email, password));
        using var admin = fixture.Client(await fixture.TokenForAsync(RoleNames.Admin));

        var before = await GetAsync(caregiver);
        (await admin.PutAsJsonAsync(
            $"/api/permission-management/permissions?providerName=U&providerKey={id}",
            new { permissions = new[] { new { name = DasTernPermissions.Medicines.Edit, isGranted = true } } })).EnsureSuccessStatusCode();
        var after = await GetAsync(caregiver, before.ETag);

        before.Body.GetProperty("grantedPermissions").EnumerateArray().Select(p => p.GetString()).ShouldNotContain(DasTernPermissions.Medicines.Edit);
        after.Status.ShouldBe(HttpStatusCode.OK);
        after.Body.GetProperty("grantedPermissions").EnumerateArray().Select(p => p.GetString()).ShouldContain(DasTernPermissions.Medicines.Edit);
    }

    [Fact]
    public async Task Should_Answer_Anonymous_Callers_In_Their_Language()
    {
        using var client = fixture.Client();

        var result = await GetAsync(client, language: "km");

        result.Status.ShouldBe(HttpStatusCode.OK);
        result.Body.GetProperty("currentUser").GetProperty("isAuthenticated").GetBoolean().ShouldBeFalse();
        result.Body.GetProperty("grantedPermissions").GetArrayLength().ShouldBe(0);
        result.Body.GetProperty("localization").GetProperty("currentCulture").GetString().ShouldBe("km");
    }
}
