using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using DasTern.Account;
using DasTern.Identity;
using DasTern.Infrastructure;
using DasTern.Medicines;
using DasTern.PermissionManagement;
using DasTern.Services;

namespace DasTern.ApplicationConfiguration;

[Collection(HostTestCollection.Name)]
public class ApplicationConfiguration_Tests(HostFixture fixture)
{
    private static readonly JsonSerializerOptions Json = WireJson.CreateOptions();

    /// <summary>Raw: the proxies neither send If-None-Match nor expose the ETag, Cache-Control or a 304.</summary>
    private static async Task<(HttpStatusCode Status, EntityTagHeaderValue? ETag, ApplicationConfigurationDto? Body, string? CacheControl)> GetAsync(
        HttpClient client, EntityTagHeaderValue? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/application-configuration");
        if (ifNoneMatch is not null)
        {
            request.Headers.IfNoneMatch.Add(ifNoneMatch);
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length == 0 ? null : JsonSerializer.Deserialize<ApplicationConfigurationDto>(text, Json);
        return (response.StatusCode, response.Headers.ETag, body, response.Headers.CacheControl?.ToString());
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
        first.Body!.CurrentUser.IsAuthenticated.ShouldBeTrue();
        first.Body.CurrentUser.Roles.ShouldContain(RoleNames.Admin);
        first.Body.GrantedPermissions.ShouldContain(MedicinesPermissions.Create);
        first.Body.TimeZone.ShouldBe("Asia/Phnom_Penh");
        second.Status.ShouldBe(HttpStatusCode.NotModified);
        second.CacheControl.ShouldBe("no-store");
    }

    [Fact]
    public async Task Should_Change_When_The_Callers_Grants_Change()
    {
        var (email, password, id) = await fixture.CreateUserAsync(RoleNames.Caregiver);
        using var anonymous = fixture.Client();
        using var caregiver = fixture.Client(await TokenClient.AccessTokenAsync(anonymous, email, password));
        using var admin = fixture.Api(await fixture.TokenForAsync(RoleNames.Admin));

        var before = await GetAsync(caregiver);
        await admin.Service<IPermissionAppService>().UpdateAsync(
            "U", id.ToString(), new UpdatePermissionsDto { Permissions = [new UpdatePermissionDto { Name = MedicinesPermissions.Edit, IsGranted = true }] });
        var after = await GetAsync(caregiver, before.ETag);

        before.Body!.GrantedPermissions.ShouldNotContain(MedicinesPermissions.Edit);
        after.Status.ShouldBe(HttpStatusCode.OK);
        after.Body!.GrantedPermissions.ShouldContain(MedicinesPermissions.Edit);
    }

    [Fact]
    public async Task Should_Answer_Anonymous_Callers_In_Their_Language()
    {
        using var api = fixture.Api();
        CultureInfo.CurrentUICulture = new CultureInfo("km");

        var configuration = await api.Service<IApplicationConfigurationAppService>().GetAsync();

        configuration.CurrentUser.IsAuthenticated.ShouldBeFalse();
        configuration.GrantedPermissions.ShouldBeEmpty();
        configuration.Localization.CurrentCulture.ShouldBe("km");
    }

    [Fact]
    public async Task Should_Show_A_Verified_Doctor_As_Doctor_After_A_Fresh_Sign_In()
    {
        using var anonymous = fixture.Client();
        using var admin = fixture.Api(await fixture.TokenForAsync(RoleNames.Admin));
        var (email, password, id) = await fixture.CreatePendingDoctorAsync();
        using var pending = fixture.Client(await TokenClient.AccessTokenAsync(anonymous, email, password));
        var before = await GetAsync(pending);

        await admin.Service<IIdentityUserAppService>().VerifyDoctorAsync(id, new VerifyDoctorDto { Approve = true });
        using var verified = fixture.Client(await TokenClient.AccessTokenAsync(anonymous, email, password));
        var after = await GetAsync(verified, before.ETag);

        before.Body!.CurrentUser.Roles.ShouldBeEmpty();
        after.Status.ShouldBe(HttpStatusCode.OK);
        after.Body!.CurrentUser.Roles.ShouldBe([RoleNames.Doctor]);
    }

    [Fact]
    public async Task Should_Change_When_The_Caller_Changes_The_Profile()
    {
        var (email, password, _) = await fixture.CreateUserAsync(RoleNames.Patient);
        using var anonymous = fixture.Client();
        var token = await TokenClient.AccessTokenAsync(anonymous, email, password);
        using var patient = fixture.Client(token);
        using var patientApi = fixture.Api(token);
        var before = await GetAsync(patient);

        await patientApi.Service<IProfileAppService>().UpdateAsync(new UpdateProfileDto
        {
            FirstName = "Sokha",
            LastName = "Dara",
            TimeZone = "Asia/Bangkok",
            Language = "km",
            MorningMealTime = new(6, 30),
            NoonMealTime = new(11, 45),
            EveningMealTime = new(17, 30),
            NightMealTime = new(20, 0),
            DoseGracePeriodMinutes = 45,
        });
        var after = await GetAsync(patient, before.ETag);

        before.Body!.TimeZone.ShouldBe("Asia/Phnom_Penh");
        after.Status.ShouldBe(HttpStatusCode.OK);
        after.Body!.TimeZone.ShouldBe("Asia/Bangkok");
        after.Body.CurrentUser.FirstName.ShouldBe("Sokha");
    }

    [Fact]
    public async Task Should_Change_When_An_Admin_Changes_The_User()
    {
        var (email, password, id) = await fixture.CreateUserAsync(RoleNames.Patient);
        using var anonymous = fixture.Client();
        using var patient = fixture.Client(await TokenClient.AccessTokenAsync(anonymous, email, password));
        using var admin = fixture.Api(await fixture.TokenForAsync(RoleNames.Admin));
        var users = admin.Service<IIdentityUserAppService>();
        var before = await GetAsync(patient);
        var user = await users.GetAsync(id);

        await users.UpdateAsync(id, new UpdateIdentityUserDto { FirstName = "Kimhour", LastName = "Sreymom", ConcurrencyStamp = user.ConcurrencyStamp });
        var renamed = await GetAsync(patient, before.ETag);
        await users.UpdateRolesAsync(id, new UpdateIdentityUserRolesDto { Roles = [RoleNames.Patient, RoleNames.Caregiver] });
        using var signedInAgain = fixture.Client(await TokenClient.AccessTokenAsync(anonymous, email, password));
        var withNewRole = await GetAsync(signedInAgain, renamed.ETag);

        renamed.Status.ShouldBe(HttpStatusCode.OK);
        renamed.Body!.CurrentUser.LastName.ShouldBe("Sreymom");
        withNewRole.Status.ShouldBe(HttpStatusCode.OK);
        withNewRole.Body!.CurrentUser.Roles.ShouldBe([RoleNames.Caregiver, RoleNames.Patient], ignoreOrder: true);
    }
}
