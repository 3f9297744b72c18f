using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
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

    [Fact]
    public async Task Should_Require_The_Second_Factor_Once_Enabled_And_Accept_A_Recovery_Code()
    {
        var (email, password, _) = await fixture.CreateUserAsync(RoleNames.Patient);
        using var anonymous = fixture.Client();
        using var me = fixture.Client(await TokenClient.AccessTokenAsync(anonymous, email, password));

        var setup = await (await me.PostAsync("/api/account/two-factor/authenticator", null)).Content.ReadFromJsonAsync<JsonElement>();
        var totp = new Totp(Base32Encoding.ToBytes(setup.GetProperty("sharedKey").GetString()));
        using var wrong = await me.PostAsJsonAsync("/api/account/two-factor/enable", new { code = totp.ComputeTotp(DateTime.UtcNow.AddMinutes(-10)) });
        using var enabled = await me.PostAsJsonAsync("/api/account/two-factor/enable", new { code = totp.ComputeTotp() });
        var recovery = (await enabled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("recoveryCodes").EnumerateArray().Select(c => c.GetString()!).ToList();

        var withoutCode = await SignInAsync(anonymous, email, password, otp: null);
        var wrongCode = await SignInAsync(anonymous, email, password, otp: "000000" == totp.ComputeTotp() ? "111111" : "000000");
        var withCode = await SignInAsync(anonymous, email, password, totp.ComputeTotp());
        var withRecovery = await SignInAsync(anonymous, email, password, recovery[0]);
        var recoveryReused = await SignInAsync(anonymous, email, password, recovery[0]);
        var status = await me.GetFromJsonAsync<JsonElement>("/api/account/two-factor");

        setup.GetProperty("authenticatorUri").GetString()!.ShouldStartWith("otpauth://totp/DasTern:");
        Convert.FromBase64String(setup.GetProperty("qrCodePng").GetString()!)[1..4].ShouldBe("PNG"u8.ToArray());
        await ProblemDetailsBody.ReadAsync(wrong, 400, DasTernErrorCodes.AccountInvalidTwoFactorCode);
        recovery.Count.ShouldBe(10);
        withoutCode.Body.ErrorDescription!.ShouldStartWith("two_factor_required");
        wrongCode.Body.Error.ShouldBe("invalid_grant");
        withCode.Status.ShouldBe(200);
        withRecovery.Status.ShouldBe(200);
        recoveryReused.Body.Error.ShouldBe("invalid_grant");
        status.GetProperty("isEnabled").GetBoolean().ShouldBeTrue();
        status.GetProperty("recoveryCodesLeft").GetInt32().ShouldBe(9);
    }

    [Fact]
    public async Task Should_Disable_Only_With_A_Valid_Code()
    {
        var (email, password, _) = await fixture.CreateUserAsync(RoleNames.Patient);
        using var anonymous = fixture.Client();
        using var me = fixture.Client(await TokenClient.AccessTokenAsync(anonymous, email, password));
        var setup = await (await me.PostAsync("/api/account/two-factor/authenticator", null)).Content.ReadFromJsonAsync<JsonElement>();
        var totp = new Totp(Base32Encoding.ToBytes(setup.GetProperty("sharedKey").GetString()));
        (await me.PostAsJsonAsync("/api/account/two-factor/enable", new { code = totp.ComputeTotp() })).EnsureSuccessStatusCode();

        using var refused = await me.PostAsJsonAsync("/api/account/two-factor/disable", new { code = "not-a-code" });
        using var disabled = await me.PostAsJsonAsync("/api/account/two-factor/disable", new { code = totp.ComputeTotp() });

        await ProblemDetailsBody.ReadAsync(refused, 400, DasTernErrorCodes.AccountInvalidTwoFactorCode);
        disabled.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await SignInAsync(anonymous, email, password, otp: null)).Status.ShouldBe(200);
    }
}
