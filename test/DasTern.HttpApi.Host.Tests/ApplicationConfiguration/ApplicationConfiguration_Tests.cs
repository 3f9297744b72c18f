using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DasTern.Identity;
using DasTern.Infrastructure;
using DasTern.Medicines;

namespace DasTern.ApplicationConfiguration;

[Collection(HostTestCollection.Name)]
public class ApplicationConfiguration_Tests(HostFixture fixture)
{
    private static async Task<(HttpStatusCode Status, EntityTagHeaderValue? ETag, JsonElement Body, string? CacheControl)> GetAsync(HttpClient client, EntityTagHeaderValue? ifNoneMatch = null, string? language = null)
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
        return (response.StatusCode, response.Headers.ETag, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone(), response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Should_Describe_The_Caller_And_Answer_304_While_Unchanged()
    {
        using var client = fixture.Client(await fixture.TokenForAsync(RoleNames.Admin));

        var first = await GetAsync(client);
        var second = await GetAsync(client, first.ETag);

        first.Status.ShouldBe(HttpStatusCode.OK);
        first.ETag.ShouldNotBeNull();
        first.CacheControl.ShouldBe("no-store");
        first.Body.GetProperty("currentUser").GetProperty("isAuthenticated").GetBoolean().ShouldBeTrue();
        first.Body.GetProperty("currentUser").GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldContain(RoleNames.Admin);
        first.Body.GetProperty("grantedPermissions").EnumerateArray().Select(p => p.GetString()).ShouldContain(MedicinesPermissions.Create);
        first.Body.GetProperty("timeZone").GetString().ShouldBe("Asia/Phnom_Penh");
        second.Status.ShouldBe(HttpStatusCode.NotModified);
        second.CacheControl.ShouldBe("no-store");
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
            new { permissions = new[] { new { name = MedicinesPermissions.Edit, isGranted = true } } })).EnsureSuccessStatusCode();
        var after = await GetAsync(caregiver, before.ETag);

        before.Body.GetProperty("grantedPermissions").EnumerateArray().Select(p => p.GetString()).ShouldNotContain(MedicinesPermissions.Edit);
        after.Status.ShouldBe(HttpStatusCode.OK);
        after.Body.GetProperty("grantedPermissions").EnumerateArray().Select(p => p.GetString()).ShouldContain(MedicinesPermissions.Edit);
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

    [Fact]
    public async Task Should_Show_A_Verified_Doctor_As_Doctor_After_A_Fresh_Sign_In()
    {
        using var anonymous = fixture.Client();
        using var admin = fixture.Client(await fixture.TokenForAsync(RoleNames.Admin));
        var (email, password, id) = await fixture.CreatePendingDoctorAsync();
        using var pending = fixture.Client(await TokenClient.AccessTokenAsync(anonymous, email, password));
        var before = await GetAsync(pending);

        (await admin.PostAsJsonAsync($"/api/identity/users/{id}/verify-doctor", new { approve = true })).EnsureSuccessStatusCode();
        using var verified = fixture.Client(await TokenClient.AccessTokenAsync(anonymous, email, password));
        var after = await GetAsync(verified, before.ETag);

        RolesOf(before.Body).ShouldBeEmpty();
        after.Status.ShouldBe(HttpStatusCode.OK);
        RolesOf(after.Body).ShouldBe([RoleNames.Doctor]);
    }

    [Fact]
    public async Task Should_Change_When_The_Caller_Changes_The_Profile()
    {
        var (email, password, _) = await fixture.CreateUserAsync(RoleNames.Patient);
        using var anonymous = fixture.Client();
        using var patient = fixture.Client(await TokenClient.AccessTokenAsync(anonymous, email, password));
        var before = await GetAsync(patient);

        (await patient.PutAsJsonAsync("/api/account/my-profile", new
        {
            firstName = "Sokha", lastName = "Dara", timeZone = "Asia/Bangkok", language = "km",
            morningMealTime = "06:30:00", noonMealTime = "11:45:00", eveningMealTime = "17:30:00", nightMealTime = "20:00:00", doseGracePeriodMinutes = 45,
        })).EnsureSuccessStatusCode();
        var after = await GetAsync(patient, before.ETag);

        before.Body.GetProperty("timeZone").GetString().ShouldBe("Asia/Phnom_Penh");
        after.Status.ShouldBe(HttpStatusCode.OK);
        after.Body.GetProperty("timeZone").GetString().ShouldBe("Asia/Bangkok");
        after.Body.GetProperty("currentUser").GetProperty("firstName").GetString().ShouldBe("Sokha");
    }

    [Fact]
    public async Task Should_Change_When_An_Admin_Changes_The_User()
    {
        var (email, password, id) = await fixture.CreateUserAsync(RoleNames.Patient);
        using var anonymous = fixture.Client();
        using var patient = fixture.Client(await TokenClient.AccessTokenAsync(anonymous, email, password));
        using var admin = fixture.Client(await fixture.TokenForAsync(RoleNames.Admin));
        var before = await GetAsync(patient);
        var user = await admin.GetFromJsonAsync<JsonElement>($"/api/identity/users/{id}");

        (await admin.PutAsJsonAsync($"/api/identity/users/{id}", new { firstName = "Kimhour", lastName = "Sreymom", concurrencyStamp = user.GetProperty("concurrencyStamp").GetString() }))
            .EnsureSuccessStatusCode();
        var renamed = await GetAsync(patient, before.ETag);
        (await admin.PutAsJsonAsync($"/api/identity/users/{id}/roles", new { roles = new[] { RoleNames.Patient, RoleNames.Caregiver } })).EnsureSuccessStatusCode();
        using var signedInAgain = fixture.Client(await TokenClient.AccessTokenAsync(anonymous, email, password));
        var withNewRole = await GetAsync(signedInAgain, renamed.ETag);

        renamed.Status.ShouldBe(HttpStatusCode.OK);
        renamed.Body.GetProperty("currentUser").GetProperty("lastName").GetString().ShouldBe("Sreymom");
        withNewRole.Status.ShouldBe(HttpStatusCode.OK);
        RolesOf(withNewRole.Body).ShouldBe([RoleNames.Caregiver, RoleNames.Patient], ignoreOrder: true);
    }

    private static List<string?> RolesOf(JsonElement body) =>
        body.GetProperty("currentUser").GetProperty("roles").EnumerateArray().Select(role => role.GetString()).ToList();
}
