using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DasTern.Identity;
using DasTern.Infrastructure;
using OtpNet;

namespace DasTern.Account;

[Collection(HostTestCollection.Name)]
public class TwoFactor_Tests(HostFixture fixture)
{
    private static async Task<(int Status, TokenResponse Body)> SignInAsync(HttpClient client, string email, string password, string? otp)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = TestSettings.MobileClientId,
            ["username"] = email,
            ["password"] = password,
            ["scope"] = "DasTern offline_access",
        };
        if (otp is not null)
        {
            form["otp"] = otp;
        }

        using var content = new FormUrlEncodedContent(form);
        using var response = await client.PostAsync("/connect/token", content);
        return ((int)response.StatusCode, (await response.Content.ReadFromJsonAsync<TokenResponse>())!);
    }

    private static Totp TotpOf(JsonElement setup) => new(Base32Encoding.ToBytes(setup.GetProperty("sharedKey").GetString()));

    /// <summary>A code of the authenticator that no earlier request can have used: the next time step's.</summary>
    private static string NextCode(Totp totp) => totp.ComputeTotp(DateTime.UtcNow.AddSeconds(30));

    private async Task<(string Email, string Password, HttpClient Me, Totp Totp, List<string> RecoveryCodes)> EnabledUserAsync()
    {
        var (email, password, _) = await fixture.CreateUserAsync(RoleNames.Patient);
        using var anonymous = fixture.Client();
        var me = fixture.Client(await TokenClient.AccessTokenAsync(anonymous, email, password));
        var setup = await (await me.PostAsJsonAsync("/api/account/two-factor/authenticator", new { password })).Content.ReadFromJsonAsync<JsonElement>();
        var totp = TotpOf(setup);
        using var enabled = await me.PostAsJsonAsync("/api/account/two-factor/enable", new { code = totp.ComputeTotp(), password });
        enabled.StatusCode.ShouldBe(HttpStatusCode.OK);
        var recovery = (await enabled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("recoveryCodes").EnumerateArray().Select(c => c.GetString()!).ToList();
        return (email, password, me, totp, recovery);
    }

    [Fact]
    public async Task Should_Require_The_Second_Factor_Once_Enabled_And_Accept_A_Recovery_Code_Once()
    {
        var (email, password, me, totp, recovery) = await EnabledUserAsync();
        using var anonymous = fixture.Client();

        var withoutCode = await SignInAsync(anonymous, email, password, otp: null);
        var wrongCode = await SignInAsync(anonymous, email, password, otp: "000000" == NextCode(totp) ? "111111" : "000000");
        var withCode = await SignInAsync(anonymous, email, password, NextCode(totp));
        var withRecovery = await SignInAsync(anonymous, email, password, recovery[0]);
        var recoveryReused = await SignInAsync(anonymous, email, password, recovery[0]);
        var status = await me.GetFromJsonAsync<JsonElement>("/api/account/two-factor");

        recovery.Count.ShouldBe(10);
        withoutCode.Body.ErrorDescription!.ShouldStartWith("two_factor_required");
        wrongCode.Body.Error.ShouldBe("invalid_grant");
        withCode.Status.ShouldBe(200, withCode.Body.ErrorDescription);
        withRecovery.Status.ShouldBe(200);
        recoveryReused.Body.Error.ShouldBe("invalid_grant");
        status.GetProperty("isEnabled").GetBoolean().ShouldBeTrue();
        status.GetProperty("recoveryCodesLeft").GetInt32().ShouldBe(9);
        me.Dispose();
    }

    [Fact]
    public async Task Should_Refuse_A_Used_Code_And_A_Code_Two_Steps_Old()
    {
        var (email, password, me, totp, _) = await EnabledUserAsync();
        using var anonymous = fixture.Client();
        var code = NextCode(totp);

        var first = await SignInAsync(anonymous, email, password, code);
        var replayed = await SignInAsync(anonymous, email, password, code);
        var stale = await SignInAsync(anonymous, email, password, totp.ComputeTotp(DateTime.UtcNow.AddSeconds(-60)));

        first.Status.ShouldBe(200, first.Body.ErrorDescription);
        replayed.Body.Error.ShouldBe("invalid_grant");
        stale.Body.Error.ShouldBe("invalid_grant");
        me.Dispose();
    }

    [Fact]
    public async Task Should_Set_Up_Only_With_The_Password_While_Two_Factor_Is_Off()
    {
        var (email, password, _) = await fixture.CreateUserAsync(RoleNames.Patient);
        using var anonymous = fixture.Client();
        using var me = fixture.Client(await TokenClient.AccessTokenAsync(anonymous, email, password));

        using var tokenOnly = await me.PostAsJsonAsync("/api/account/two-factor/authenticator", new { });
        using var wrongPassword = await me.PostAsJsonAsync("/api/account/two-factor/authenticator", new { password = "not-my-password" });
        using var setup = await me.PostAsJsonAsync("/api/account/two-factor/authenticator", new { password });
        var secret = await setup.Content.ReadFromJsonAsync<JsonElement>();
        var totp = TotpOf(secret);
        using var enableWithoutPassword = await me.PostAsJsonAsync("/api/account/two-factor/enable", new { code = totp.ComputeTotp() });
        using var enabled = await me.PostAsJsonAsync("/api/account/two-factor/enable", new { code = totp.ComputeTotp(), password });

        await ProblemDetailsBody.ReadAsync(tokenOnly, 400, AccountErrorCodes.PasswordRequired);
        await ProblemDetailsBody.ReadAsync(wrongPassword, 400, AccountErrorCodes.InvalidPassword);
        setup.StatusCode.ShouldBe(HttpStatusCode.OK);
        secret.GetProperty("authenticatorUri").GetString()!.ShouldStartWith("otpauth://totp/DasTern:");
        await ProblemDetailsBody.ReadAsync(enableWithoutPassword, 400, AccountErrorCodes.PasswordRequired);
        enabled.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_Not_Let_A_Bearer_Token_Alone_Replace_Or_Disable_The_Second_Factor()
    {
        var (email, password, me, totp, _) = await EnabledUserAsync();
        using var anonymous = fixture.Client();

        using var newKeyWithPassword = await me.PostAsJsonAsync("/api/account/two-factor/authenticator", new { password });
        using var disableWithPassword = await me.PostAsJsonAsync("/api/account/two-factor/disable", new { password });
        using var codesWithoutProof = await me.PostAsJsonAsync("/api/account/two-factor/recovery-codes", new { });
        var stillOn = await me.GetFromJsonAsync<JsonElement>("/api/account/two-factor");
        var signIn = await SignInAsync(anonymous, email, password, NextCode(totp));

        await ProblemDetailsBody.ReadAsync(newKeyWithPassword, 400, AccountErrorCodes.TwoFactorCodeRequired);
        await ProblemDetailsBody.ReadAsync(disableWithPassword, 400, AccountErrorCodes.TwoFactorCodeRequired);
        await ProblemDetailsBody.ReadAsync(codesWithoutProof, 400, AccountErrorCodes.TwoFactorCodeRequired);
        stillOn.GetProperty("isEnabled").GetBoolean().ShouldBeTrue();
        signIn.Status.ShouldBe(200, signIn.Body.ErrorDescription);
        me.Dispose();
    }

    [Fact]
    public async Task Should_Keep_The_Old_Authenticator_Working_While_A_New_One_Waits_For_Confirmation()
    {
        var (email, password, me, oldTotp, recovery) = await EnabledUserAsync();
        using var anonymous = fixture.Client();

        using var setup = await me.PostAsJsonAsync("/api/account/two-factor/authenticator", new { code = recovery[0] });
        var oldStillWorks = await SignInAsync(anonymous, email, password, NextCode(oldTotp));

        setup.StatusCode.ShouldBe(HttpStatusCode.OK);
        oldStillWorks.Status.ShouldBe(200, oldStillWorks.Body.ErrorDescription);
        me.Dispose();
    }

    [Fact]
    public async Task Should_Move_To_The_New_Authenticator_Once_A_Code_From_It_Confirms_It()
    {
        var (email, password, me, oldTotp, recovery) = await EnabledUserAsync();
        using var anonymous = fixture.Client();

        using var setup = await me.PostAsJsonAsync("/api/account/two-factor/authenticator", new { code = recovery[0] });
        var newTotp = TotpOf(await setup.Content.ReadFromJsonAsync<JsonElement>());
        using var confirmed = await me.PostAsJsonAsync("/api/account/two-factor/enable", new { code = newTotp.ComputeTotp() });
        var newCodes = (await confirmed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("recoveryCodes").EnumerateArray().Select(c => c.GetString()!).ToList();
        var oldRefused = await SignInAsync(anonymous, email, password, NextCode(oldTotp));
        var oldRecoveryRefused = await SignInAsync(anonymous, email, password, recovery[1]);
        var newWorks = await SignInAsync(anonymous, email, password, NextCode(newTotp));

        confirmed.StatusCode.ShouldBe(HttpStatusCode.OK);
        newCodes.Count.ShouldBe(10);
        oldRefused.Body.Error.ShouldBe("invalid_grant");
        oldRecoveryRefused.Body.Error.ShouldBe("invalid_grant");
        newWorks.Status.ShouldBe(200, newWorks.Body.ErrorDescription);
        me.Dispose();
    }

    [Fact]
    public async Task Should_Disable_And_Renew_Recovery_Codes_Only_With_A_Valid_Code()
    {
        var (email, password, me, totp, recovery) = await EnabledUserAsync();
        using var anonymous = fixture.Client();

        using var refused = await me.PostAsJsonAsync("/api/account/two-factor/disable", new { code = "not-a-code" });
        using var renewed = await me.PostAsJsonAsync("/api/account/two-factor/recovery-codes", new { code = recovery[0] });
        var renewedCodes = (await renewed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("recoveryCodes").EnumerateArray().Select(c => c.GetString()!).ToList();
        using var disabled = await me.PostAsJsonAsync("/api/account/two-factor/disable", new { code = NextCode(totp) });
        using var disableAgain = await me.PostAsJsonAsync("/api/account/two-factor/disable", new { code = NextCode(totp) });

        await ProblemDetailsBody.ReadAsync(refused, 400, AccountErrorCodes.InvalidTwoFactorCode);
        renewed.StatusCode.ShouldBe(HttpStatusCode.OK);
        renewedCodes.ShouldNotContain(recovery[1]);
        disabled.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await ProblemDetailsBody.ReadAsync(disableAgain, 422, AccountErrorCodes.TwoFactorNotEnabled);
        (await SignInAsync(anonymous, email, password, otp: null)).Status.ShouldBe(200);
        me.Dispose();
    }

    [Fact]
    public async Task Should_Count_Wrong_Step_Up_Codes_Toward_The_Lockout_And_End_The_Sessions()
    {
        var (email, password, me, totp, _) = await EnabledUserAsync();
        using var anonymous = fixture.Client();
        var wrong = NextCode(totp) == "000000" ? "111111" : "000000";

        for (var i = 0; i < 5; i++)
        {
            await ProblemDetailsBody.ReadAsync(await me.PostAsJsonAsync("/api/account/two-factor/disable", new { code = wrong }), 400, AccountErrorCodes.InvalidTwoFactorCode);
        }

        (await me.GetAsync("/api/account/two-factor")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await SignInAsync(anonymous, email, password, NextCode(totp))).Body.ErrorDescription.ShouldBe("The user name or password is incorrect.");
        me.Dispose();
    }
}
