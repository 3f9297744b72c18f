using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DasTern.Auditing;
using DasTern.ExceptionHandling;
using DasTern.Identity;
using DasTern.Infrastructure;
using DasTern.Medicines;

namespace DasTern.PermissionManagement;

[Collection(HostTestCollection.Name)]
public class PermissionManagementHttp_Tests(HostFixture fixture)
{
    [Fact]
    public async Task Should_Read_And_Change_Grants_With_Effect_On_The_Next_Request()
    {
        var (email, password, id) = await fixture.CreateUserAsync(RoleNames.Doctor);
        using var anonymous = fixture.Client();
        using var doctor = fixture.Client(await TokenClient.AccessTokenAsync(anonymous, email, password));
        using var admin = fixture.Client(await fixture.TokenForAsync(RoleNames.Admin));
        var medicine = new StringContent(
            JsonSerializer.Serialize(new { genericName = $"Grantine {Guid.NewGuid():N}", category = "Other", dosageForm = "Tablet", unit = "mg" }),
            Encoding.UTF8,
            "application/json");

        var roleGrants = await admin.GetFromJsonAsync<JsonElement>("/api/permission-management/permissions?providerName=R&providerKey=Doctor");
        using var refused = await doctor.PostAsync("/api/app/medicine", medicine);
        using var update = await admin.PutAsJsonAsync(
            $"/api/permission-management/permissions?providerName=U&providerKey={id}",
            new { permissions = new[] { new { name = MedicinesPermissions.Create, isGranted = true } } });
        using var allowed = await doctor.PostAsync("/api/app/medicine", medicine);

        roleGrants.GetProperty("groups").EnumerateArray().SelectMany(group => group.GetProperty("permissions").EnumerateArray())
            .Single(p => p.GetProperty("name").GetString() == MedicinesPermissions.Default)
            .GetProperty("isGranted").GetBoolean().ShouldBeTrue();
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        update.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        allowed.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_Apply_A_Revoked_Grant_On_Another_Instance_Once_Its_Local_Copy_Expires()
    {
        var (email, password, id) = await fixture.CreateUserAsync(role: null);
        using var anonymous = fixture.Client();
        var token = await TokenClient.AccessTokenAsync(anonymous, email, password);
        using var admin = fixture.Client(await fixture.TokenForAsync(RoleNames.Admin));
        // The other instance keeps its in-memory copy of the grants this long (10 s in production).
        await using var other = new DasTernHostFactory(new Dictionary<string, string?>(fixture.Settings) { ["Caching:SharedEntryLocalExpiration"] = "00:00:00.200" });
        using var onOther = other.CreateClient();
        onOther.DefaultRequestHeaders.Authorization = new("Bearer", token);
        using var onThis = fixture.Client(token);
        const string Path = "/api/audit-logging/audit-logs/security-logs?maxResultCount=1";
        async Task SetAsync(bool isGranted) => (await admin.PutAsJsonAsync(
            $"/api/permission-management/permissions?providerName=U&providerKey={id}",
            new { permissions = new[] { new { name = AuditingPermissions.Default, isGranted } } })).EnsureSuccessStatusCode();

        await SetAsync(true);
        var grantedOnOther = (await onOther.GetAsync(Path)).StatusCode;
        await SetAsync(false);
        var revokedOnThis = (await onThis.GetAsync(Path)).StatusCode;
        var revokedOnOther = await Eventually.StatusAsync(() => onOther.GetAsync(Path), HttpStatusCode.Forbidden);

        grantedOnOther.ShouldBe(HttpStatusCode.OK);
        revokedOnThis.ShouldBe(HttpStatusCode.Forbidden);
        revokedOnOther.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_Refuse_Non_Admins_And_Bad_Input()
    {
        using var doctor = fixture.Client(await fixture.TokenForAsync(RoleNames.Doctor));
        using var admin = fixture.Client(await fixture.TokenForAsync(RoleNames.Admin));

        using var forbidden = await doctor.GetAsync("/api/permission-management/permissions?providerName=R&providerKey=Doctor");
        using var missingKey = await admin.GetAsync("/api/permission-management/permissions?providerName=R");

        await ProblemDetailsBody.ReadAsync(forbidden, 403, CommonErrorCodes.Forbidden);
        (await ProblemDetailsBody.ReadAsync(missingKey, 400, CommonErrorCodes.ValidationFailed)).GetProperty("errors").TryGetProperty("providerKey", out _).ShouldBeTrue();
    }

    [Theory]
    [InlineData("Z", "x", PermissionErrorCodes.ProviderUnknown)]
    [InlineData("R", "NoSuchRole", PermissionErrorCodes.ProviderKeyUnknown)]
    [InlineData("U", "7d3c1f4e-0000-4000-8000-000000000001", PermissionErrorCodes.ProviderKeyUnknown)]
    [InlineData("U", "not-a-guid", PermissionErrorCodes.ProviderKeyUnknown)]
    [InlineData("C", "NoSuchClient", PermissionErrorCodes.ProviderKeyUnknown)]
    public async Task Should_Answer_404_For_A_Provider_Or_Holder_That_Does_Not_Exist(string providerName, string providerKey, string code)
    {
        using var admin = fixture.Client(await fixture.TokenForAsync(RoleNames.Admin));
        var path = $"/api/permission-management/permissions?providerName={providerName}&providerKey={providerKey}";

        using var read = await admin.GetAsync(path);
        using var written = await admin.PutAsJsonAsync(path, new { permissions = new[] { new { name = MedicinesPermissions.Default, isGranted = true } } });

        await ProblemDetailsBody.ReadAsync(read, 404, code);
        await ProblemDetailsBody.ReadAsync(written, 404, code);
    }

    [Fact]
    public async Task Should_Not_Keep_Grants_For_A_Role_Name_Until_A_Role_Takes_It()
    {
        using var admin = fixture.Client(await fixture.TokenForAsync(RoleNames.Admin));
        var name = $"Later{Guid.NewGuid():N}"[..20];
        var path = $"/api/permission-management/permissions?providerName=R&providerKey={name}";

        using var early = await admin.PutAsJsonAsync(path, new { permissions = new[] { new { name = MedicinesPermissions.Create, isGranted = true } } });
        (await admin.PostAsJsonAsync("/api/identity/roles", new { name })).EnsureSuccessStatusCode();
        var grants = await admin.GetFromJsonAsync<JsonElement>(path);

        await ProblemDetailsBody.ReadAsync(early, 404, PermissionErrorCodes.ProviderKeyUnknown);
        grants.GetProperty("groups").EnumerateArray().SelectMany(group => group.GetProperty("permissions").EnumerateArray())
            .Where(p => p.GetProperty("isGranted").GetBoolean()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_Manage_Grants_Of_Existing_Holders_Under_The_Key_Their_Tokens_Carry()
    {
        using var admin = fixture.Client(await fixture.TokenForAsync(RoleNames.Admin));
        var (_, _, id) = await fixture.CreateUserAsync(role: null);

        var client = await admin.GetFromJsonAsync<JsonElement>($"/api/permission-management/permissions?providerName=C&providerKey={TestSettings.ServiceClientId}");
        var role = await admin.GetFromJsonAsync<JsonElement>("/api/permission-management/permissions?providerName=R&providerKey=doctor");
        var user = await admin.GetFromJsonAsync<JsonElement>($"/api/permission-management/permissions?providerName=U&providerKey={id.ToString().ToUpperInvariant()}");

        client.GetProperty("providerKey").GetString().ShouldBe(TestSettings.ServiceClientId);
        role.GetProperty("providerKey").GetString().ShouldBe(RoleNames.Doctor);
        user.GetProperty("providerKey").GetString().ShouldBe(id.ToString());
    }
}
