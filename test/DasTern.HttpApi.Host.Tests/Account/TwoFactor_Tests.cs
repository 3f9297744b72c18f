using System.Net.Http.Json;
using DasTern.ExceptionHandling;
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

    private static Totp TotpOf(AuthenticatorSetupDto setup) => new(Base32Encoding.ToBytes(setup.SharedKey));

    /// <summary>A code of the authenticator that no earlier request can have used: the next time step's.</summary>
    private static string NextCode(Totp totp) => totp.ComputeTotp(DateTime.UtcNow.AddSeconds(30));

    private async Task<(string Email, string Password, ApiClient Me, Totp Totp, IReadOnlyList<string> RecoveryCodes)> EnabledUserAsync()
    {
        var (email, password, _) = await fixture.CreateUserAsync(RoleNames.Patient);
        using var anonymous = fixture.Client();
        var me = fixture.Api(await TokenClient.AccessTokenAsync(anonymous, email, password));
        var twoFactor = me.Service<ITwoFactorAppService>();
        var totp = TotpOf(await twoFactor.CreateAuthenticatorAsync(new TwoFactorProofDto { Password = password }));
        var enabled = await twoFactor.EnableAsync(new EnableTwoFactorDto { Code = totp.ComputeTotp(), Password = password });
        return (email, password, me, totp, enabled.RecoveryCodes);
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
        var status = await me.Service<ITwoFactorAppService>().GetAsync();

        recovery.Count.ShouldBe(10);
        withoutCode.Body.ErrorDescription!.ShouldStartWith("two_factor_required");
        wrongCode.Body.Error.ShouldBe("invalid_grant");
        withCode.Status.ShouldBe(200, withCode.Body.ErrorDescription);
        withRecovery.Status.ShouldBe(200);
        recoveryReused.Body.Error.ShouldBe("invalid_grant");
        status.IsEnabled.ShouldBeTrue();
        status.RecoveryCodesLeft.ShouldBe(9);
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
        using var me = fixture.Api(await TokenClient.AccessTokenAsync(anonymous, email, password));
        var twoFactor = me.Service<ITwoFactorAppService>();

        await RemoteFailure.ShouldThrowAsync<BusinessException>(
            () => twoFactor.CreateAuthenticatorAsync(new TwoFactorProofDto()), 400, AccountErrorCodes.PasswordRequired);
        await RemoteFailure.ShouldThrowAsync<BusinessException>(
            () => twoFactor.CreateAuthenticatorAsync(new TwoFactorProofDto { Password = "not-my-password" }), 400, AccountErrorCodes.InvalidPassword);
        var secret = await twoFactor.CreateAuthenticatorAsync(new TwoFactorProofDto { Password = password });
        var totp = TotpOf(secret);
        await RemoteFailure.ShouldThrowAsync<BusinessException>(
            () => twoFactor.EnableAsync(new EnableTwoFactorDto { Code = totp.ComputeTotp() }), 400, AccountErrorCodes.PasswordRequired);
        await twoFactor.EnableAsync(new EnableTwoFactorDto { Code = totp.ComputeTotp(), Password = password });

        secret.AuthenticatorUri.ShouldStartWith("otpauth://totp/DasTern:");
    }

    [Fact]
    public async Task Should_Not_Let_A_Bearer_Token_Alone_Replace_Or_Disable_The_Second_Factor()
    {
        var (email, password, me, totp, _) = await EnabledUserAsync();
        var twoFactor = me.Service<ITwoFactorAppService>();
        using var anonymous = fixture.Client();

        await RemoteFailure.ShouldThrowAsync<BusinessException>(
            () => twoFactor.CreateAuthenticatorAsync(new TwoFactorProofDto { Password = password }), 400, AccountErrorCodes.TwoFactorCodeRequired);
        await RemoteFailure.ShouldThrowAsync<BusinessException>(
            () => twoFactor.DisableAsync(new TwoFactorProofDto { Password = password }), 400, AccountErrorCodes.TwoFactorCodeRequired);
        await RemoteFailure.ShouldThrowAsync<BusinessException>(
            () => twoFactor.CreateRecoveryCodesAsync(new TwoFactorProofDto()), 400, AccountErrorCodes.TwoFactorCodeRequired);
        var stillOn = await twoFactor.GetAsync();
        var signIn = await SignInAsync(anonymous, email, password, NextCode(totp));

        stillOn.IsEnabled.ShouldBeTrue();
        signIn.Status.ShouldBe(200, signIn.Body.ErrorDescription);
        me.Dispose();
    }

    [Fact]
    public async Task Should_Keep_The_Old_Authenticator_Working_While_A_New_One_Waits_For_Confirmation()
    {
        var (email, password, me, oldTotp, recovery) = await EnabledUserAsync();
        using var anonymous = fixture.Client();

        await me.Service<ITwoFactorAppService>().CreateAuthenticatorAsync(new TwoFactorProofDto { Code = recovery[0] });
        var oldStillWorks = await SignInAsync(anonymous, email, password, NextCode(oldTotp));

        oldStillWorks.Status.ShouldBe(200, oldStillWorks.Body.ErrorDescription);
        me.Dispose();
    }

    [Fact]
    public async Task Should_Move_To_The_New_Authenticator_Once_A_Code_From_It_Confirms_It()
    {
        var (email, password, me, oldTotp, recovery) = await EnabledUserAsync();
        var twoFactor = me.Service<ITwoFactorAppService>();
        using var anonymous = fixture.Client();

        var newTotp = TotpOf(await twoFactor.CreateAuthenticatorAsync(new TwoFactorProofDto { Code = recovery[0] }));
        var confirmed = await twoFactor.EnableAsync(new EnableTwoFactorDto { Code = newTotp.ComputeTotp() });
        var oldRefused = await SignInAsync(anonymous, email, password, NextCode(oldTotp));
        var oldRecoveryRefused = await SignInAsync(anonymous, email, password, recovery[1]);
        var newWorks = await SignInAsync(anonymous, email, password, NextCode(newTotp));

        confirmed.RecoveryCodes.Count.ShouldBe(10);
        oldRefused.Body.Error.ShouldBe("invalid_grant");
        oldRecoveryRefused.Body.Error.ShouldBe("invalid_grant");
        newWorks.Status.ShouldBe(200, newWorks.Body.ErrorDescription);
        me.Dispose();
    }

    [Fact]
    public async Task Should_Disable_And_Renew_Recovery_Codes_Only_With_A_Valid_Code()
    {
        var (email, password, me, totp, recovery) = await EnabledUserAsync();
        var twoFactor = me.Service<ITwoFactorAppService>();
        using var anonymous = fixture.Client();

        await RemoteFailure.ShouldThrowAsync<BusinessException>(
            () => twoFactor.DisableAsync(new TwoFactorProofDto { Code = "not-a-code" }), 400, AccountErrorCodes.InvalidTwoFactorCode);
        var renewed = await twoFactor.CreateRecoveryCodesAsync(new TwoFactorProofDto { Code = recovery[0] });
        await twoFactor.DisableAsync(new TwoFactorProofDto { Code = NextCode(totp) });
        await RemoteFailure.ShouldThrowAsync<BusinessException>(
            () => twoFactor.DisableAsync(new TwoFactorProofDto { Code = NextCode(totp) }), 422, AccountErrorCodes.TwoFactorNotEnabled);

        renewed.RecoveryCodes.ShouldNotContain(recovery[1]);
        (await SignInAsync(anonymous, email, password, otp: null)).Status.ShouldBe(200);
        me.Dispose();
    }

    [Fact]
    public async Task Should_Count_Wrong_Step_Up_Codes_Toward_The_Lockout_And_End_The_Sessions()
    {
        var (email, password, me, totp, _) = await EnabledUserAsync();
        var twoFactor = me.Service<ITwoFactorAppService>();
        using var anonymous = fixture.Client();
        var wrong = NextCode(totp) == "000000" ? "111111" : "000000";

        for (var i = 0; i < 5; i++)
        {
            await RemoteFailure.ShouldThrowAsync<BusinessException>(
                () => twoFactor.DisableAsync(new TwoFactorProofDto { Code = wrong }), 400, AccountErrorCodes.InvalidTwoFactorCode);
        }

        (await RemoteFailure.StatusOfAsync(twoFactor.GetAsync)).ShouldBe(401);
        (await SignInAsync(anonymous, email, password, NextCode(totp))).Body.ErrorDescription.ShouldBe("The user name or password is incorrect.");
        me.Dispose();
    }
}
