using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DasTern.ExceptionHandling;
using DasTern.Infrastructure;
using DasTern.Medicines;

namespace DasTern.Identity;

[Collection(HostTestCollection.Name)]
public class IdentityAdmin_Tests(HostFixture fixture)
{
    private const string Password = "nine quiet lanterns over the Mekong";

    private async Task<HttpClient> AdminAsync() => fixture.Client(await fixture.TokenForAsync(RoleNames.Admin));

    private static async Task<JsonElement> CreateUserAsync(HttpClient admin, string email, params string[] roles)
    {
        using var response = await admin.PostAsJsonAsync("/api/identity/users", new { email, password = Password, firstName = "Kim", lastName = "Sreymom", roles });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task Should_Create_Find_And_Update_Users_With_Concurrency_Checks()
    {
        using var admin = await AdminAsync();
        var email = $"kim-{Guid.NewGuid():N}@dastern.test";
        var created = await CreateUserAsync(admin, email, RoleNames.Caregiver);
        var id = created.GetProperty("id").GetGuid();
        var update = new { firstName = "Kimhour", lastName = "Sreymom", concurrencyStamp = created.GetProperty("concurrencyStamp").GetString() };

        var found = await admin.GetFromJsonAsync<JsonElement>($"/api/identity/users?filter={email[..12]}&role=Caregiver");
        using var updated = await admin.PutAsJsonAsync($"/api/identity/users/{id}", update);
        using var stale = await admin.PutAsJsonAsync($"/api/identity/users/{id}", update);
        using var unknownRole = await admin.PostAsJsonAsync("/api/identity/users", new { email = $"x-{Guid.NewGuid():N}@dastern.test", password = Password, firstName = "A", lastName = "B", roles = new[] { "Astronaut" } });

        found.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("email").GetString()).ShouldBe([email]);
        updated.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await updated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("firstName").GetString().ShouldBe("Kimhour");
        await ProblemDetailsBody.ReadAsync(stale, 409, CommonErrorCodes.ConcurrencyConflict);
        await ProblemDetailsBody.ReadAsync(unknownRole, 400, IdentityErrorCodes.UnknownRole);
        (await TokenClient.PasswordAsync(fixture.Client(), email, Password)).Status.ShouldBe(200);
    }

    [Fact]
    public async Task Should_Hold_Admin_Created_Accounts_To_The_Password_Policy_And_The_Canonical_Contacts()
    {
        using var admin = await AdminAsync();
        var email = $"ny-{Guid.NewGuid():N}@dastern.test";

        using var weak = await admin.PostAsJsonAsync("/api/identity/users", new { email, password = "Qwerty123!", firstName = "Ny", lastName = "Sokha", roles = new[] { RoleNames.Patient } });
        using var created = await admin.PostAsJsonAsync("/api/identity/users", new { email = email + ".", password = Password, firstName = "Ny", lastName = "Sokha", phoneNumber = "0971234560", roles = new[] { RoleNames.Patient } });
        using var badPhone = await admin.PostAsJsonAsync("/api/identity/users", new { email = $"x-{Guid.NewGuid():N}@dastern.test", password = Password, firstName = "A", lastName = "B", phoneNumber = "0000000000", roles = new[] { RoleNames.Patient } });

        (await ProblemDetailsBody.ReadAsync(weak, 400, CommonErrorCodes.ValidationFailed)).GetProperty("errors").GetProperty("password").GetArrayLength().ShouldBe(1);
        var user = await created.Content.ReadFromJsonAsync<JsonElement>();
        user.GetProperty("email").GetString().ShouldBe(email);
        user.GetProperty("phoneNumber").GetString().ShouldBe("+855971234560");
        (await ProblemDetailsBody.ReadAsync(badPhone, 400, CommonErrorCodes.ValidationFailed)).GetProperty("errors").TryGetProperty("phoneNumber", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Should_Deactivate_Lock_And_Restore_Accounts()
    {
        using var admin = await AdminAsync();
        using var anonymous = fixture.Client();
        var email = $"lock-{Guid.NewGuid():N}@dastern.test";
        var id = (await CreateUserAsync(admin, email, RoleNames.Patient)).GetProperty("id").GetGuid();
        var (_, session) = await TokenClient.PasswordAsync(anonymous, email, Password);

        using var signedIn = fixture.Client(session.AccessToken);
        (await signedIn.GetAsync("/api/account/my-profile")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.PostAsync($"/api/identity/users/{id}/deactivate", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await signedIn.GetAsync("/api/account/my-profile")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var whileInactive = await TokenClient.PasswordAsync(anonymous, email, Password);
        var refreshWhileInactive = await TokenClient.RefreshAsync(anonymous, session.RefreshToken!);
        (await admin.PostAsync($"/api/identity/users/{id}/activate", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await admin.PostAsJsonAsync($"/api/identity/users/{id}/lock", new { })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var whileLocked = await TokenClient.PasswordAsync(anonymous, email, Password);
        (await admin.PostAsync($"/api/identity/users/{id}/unlock", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var afterUnlock = await TokenClient.PasswordAsync(anonymous, email, Password);

        whileInactive.Body.Error.ShouldBe("invalid_grant");
        refreshWhileInactive.Body.Error.ShouldBe("invalid_grant");
        // A lock is not told apart from a wrong password: the answer must not tell that the account exists.
        whileLocked.Body.ErrorDescription.ShouldBe("The user name or password is incorrect.");
        afterUnlock.Status.ShouldBe(200);
    }

    [Fact]
    public async Task Should_Replace_A_Users_Roles()
    {
        using var admin = await AdminAsync();
        var id = (await CreateUserAsync(admin, $"roles-{Guid.NewGuid():N}@dastern.test", RoleNames.Patient)).GetProperty("id").GetGuid();

        using var response = await admin.PutAsJsonAsync($"/api/identity/users/{id}/roles", new { roles = new[] { RoleNames.Caregiver, RoleNames.Doctor } });

        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("roles").EnumerateArray().Select(r => r.GetString())
            .ShouldBe([RoleNames.Caregiver, RoleNames.Doctor]);
    }

    [Fact]
    public async Task Should_End_The_Sessions_Of_A_User_Who_Lost_A_Role()
    {
        using var admin = await AdminAsync();
        using var anonymous = fixture.Client();
        var email = $"demoted-{Guid.NewGuid():N}@dastern.test";
        var id = (await CreateUserAsync(admin, email, RoleNames.Admin)).GetProperty("id").GetGuid();
        var session = (await TokenClient.PasswordAsync(anonymous, email, Password)).Body;
        using var demoted = fixture.Client(session.AccessToken);
        var before = await demoted.GetAsync("/api/identity/users?maxResultCount=1");

        (await admin.PutAsJsonAsync($"/api/identity/users/{id}/roles", new { roles = new[] { RoleNames.Patient } })).EnsureSuccessStatusCode();
        var withOldToken = await demoted.GetAsync("/api/identity/users?maxResultCount=1");
        var refreshed = await TokenClient.RefreshAsync(anonymous, session.RefreshToken!);
        using var signedInAgain = fixture.Client(await TokenClient.AccessTokenAsync(anonymous, email, Password));
        var withNewToken = await signedInAgain.GetAsync("/api/identity/users?maxResultCount=1");

        before.StatusCode.ShouldBe(HttpStatusCode.OK);
        withOldToken.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        refreshed.Body.Error.ShouldBe("invalid_grant");
        withNewToken.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_Let_A_Verified_Doctor_Act_As_A_Doctor()
    {
        using var admin = await AdminAsync();
        using var anonymous = fixture.Client();
        var (email, password, id) = await fixture.CreatePendingDoctorAsync();
        var pending = await admin.GetFromJsonAsync<JsonElement>("/api/identity/users?doctorStatus=Pending&maxResultCount=100");

        using var verified = await admin.PostAsJsonAsync($"/api/identity/users/{id}/verify-doctor", new { approve = true });
        using var again = await admin.PostAsJsonAsync($"/api/identity/users/{id}/verify-doctor", new { approve = true });
        using var doctor = fixture.Client(await TokenClient.AccessTokenAsync(anonymous, email, password));

        pending.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("id").GetGuid()).ShouldContain(id);
        (await verified.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("doctorStatus").GetString().ShouldBe("Verified");
        await ProblemDetailsBody.ReadAsync(again, 422, IdentityErrorCodes.NotAPendingDoctor);
        (await doctor.GetAsync("/api/app/medicine?maxResultCount=1")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_End_A_Rejected_Doctors_Sessions_And_Refuse_Its_Sign_In()
    {
        using var admin = await AdminAsync();
        using var anonymous = fixture.Client();
        var (email, password, id) = await fixture.CreatePendingDoctorAsync();
        var (_, session) = await TokenClient.PasswordAsync(anonymous, email, password);

        using var rejected = await admin.PostAsJsonAsync($"/api/identity/users/{id}/verify-doctor", new { approve = false });
        var signIn = await TokenClient.PasswordAsync(anonymous, email, password);

        (await rejected.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("doctorStatus").GetString().ShouldBe("Rejected");
        (await fixture.Client(session.AccessToken).GetAsync("/api/account/my-profile")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await TokenClient.RefreshAsync(anonymous, session.RefreshToken!)).Body.Error.ShouldBe("invalid_grant");
        signIn.Body.ErrorDescription!.ShouldStartWith("account_not_allowed");
    }

    [Fact]
    public async Task Should_End_The_Sessions_Of_A_Roles_Members_When_It_Is_Renamed_Or_Deleted()
    {
        using var admin = await AdminAsync();
        using var anonymous = fixture.Client();
        var name = $"Nurse{Guid.NewGuid():N}"[..20];
        var role = await (await admin.PostAsJsonAsync("/api/identity/roles", new { name })).Content.ReadFromJsonAsync<JsonElement>();
        var roleId = role.GetProperty("id").GetGuid();
        (await admin.PutAsJsonAsync($"/api/permission-management/permissions?providerName=R&providerKey={name}",
            new { permissions = new[] { new { name = MedicinesPermissions.Default, isGranted = true } } })).EnsureSuccessStatusCode();
        var email = $"nurse-{Guid.NewGuid():N}@dastern.test";
        await CreateUserAsync(admin, email, name);
        using var beforeRename = fixture.Client(await TokenClient.AccessTokenAsync(anonymous, email, Password));
        var allowed = (await beforeRename.GetAsync("/api/app/medicine/categories")).StatusCode;

        (await admin.PutAsJsonAsync($"/api/identity/roles/{roleId}", new { name = name + "X", concurrencyStamp = role.GetProperty("concurrencyStamp").GetString() })).EnsureSuccessStatusCode();
        var afterRename = (await beforeRename.GetAsync("/api/app/medicine/categories")).StatusCode;
        using var beforeDelete = fixture.Client(await TokenClient.AccessTokenAsync(anonymous, email, Password));
        var renamedAllowed = (await beforeDelete.GetAsync("/api/app/medicine/categories")).StatusCode;
        (await admin.DeleteAsync($"/api/identity/roles/{roleId}")).EnsureSuccessStatusCode();
        var afterDelete = (await beforeDelete.GetAsync("/api/app/medicine/categories")).StatusCode;

        allowed.ShouldBe(HttpStatusCode.OK);
        afterRename.ShouldBe(HttpStatusCode.Unauthorized);
        renamedAllowed.ShouldBe(HttpStatusCode.OK);
        afterDelete.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_Manage_Custom_Roles_Keeping_Their_Grants_And_Protect_Built_In_Ones()
    {
        using var admin = await AdminAsync();
        var name = $"Pharmacist{Guid.NewGuid():N}"[..20];
        using var created = await admin.PostAsJsonAsync("/api/identity/roles", new { name });
        var role = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = role.GetProperty("id").GetGuid();
        (await admin.PutAsJsonAsync($"/api/permission-management/permissions?providerName=R&providerKey={name}",
            new { permissions = new[] { new { name = MedicinesPermissions.Default, isGranted = true } } })).EnsureSuccessStatusCode();

        using var duplicate = await admin.PostAsJsonAsync("/api/identity/roles", new { name });
        using var renamed = await admin.PutAsJsonAsync($"/api/identity/roles/{id}", new { name = name + "X", concurrencyStamp = role.GetProperty("concurrencyStamp").GetString() });
        var grants = await admin.GetFromJsonAsync<JsonElement>($"/api/permission-management/permissions?providerName=R&providerKey={name}X");
        var builtIn = (await admin.GetFromJsonAsync<JsonElement>("/api/identity/roles")).GetProperty("items").EnumerateArray()
            .Single(r => r.GetProperty("name").GetString() == RoleNames.Patient).GetProperty("id").GetGuid();
        using var deleteBuiltIn = await admin.DeleteAsync($"/api/identity/roles/{builtIn}");
        using var deleted = await admin.DeleteAsync($"/api/identity/roles/{id}");

        await ProblemDetailsBody.ReadAsync(duplicate, 409, IdentityErrorCodes.DuplicateRole);
        renamed.StatusCode.ShouldBe(HttpStatusCode.OK);
        grants.GetProperty("groups").EnumerateArray().SelectMany(g => g.GetProperty("permissions").EnumerateArray())
            .Single(p => p.GetProperty("name").GetString() == MedicinesPermissions.Default).GetProperty("isGranted").GetBoolean().ShouldBeTrue();
        await ProblemDetailsBody.ReadAsync(deleteBuiltIn, 422, IdentityErrorCodes.StaticRole);
        deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }
}
