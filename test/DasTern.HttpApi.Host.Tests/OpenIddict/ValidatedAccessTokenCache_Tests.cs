using System.Net;
using DasTern.Identity;
using DasTern.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DasTern.OpenIddict;

/// <summary>A token's signature is checked once per instance; nothing else about it is taken on trust.</summary>
[Collection(HostTestCollection.Name)]
public class ValidatedAccessTokenCache_Tests(HostFixture fixture)
{
    private const string Probe = "/api/app/medicine?maxResultCount=1";

    private ValidatedAccessTokenCache Cache => fixture.Factory.Services.GetRequiredService<ValidatedAccessTokenCache>();

    [Fact]
    public async Task Should_Remember_A_Verified_Token_And_Still_Refuse_It_Once_Revoked()
    {
        var (email, password, _) = await fixture.CreateUserAsync(RoleNames.Patient);
        using var anonymous = fixture.Client();
        var token = await TokenClient.AccessTokenAsync(anonymous, email, password);
        using var user = fixture.Client(token);

        (await user.GetAsync(Probe)).StatusCode.ShouldBe(HttpStatusCode.OK);
        Cache.Contains(token).ShouldBeTrue();
        (await user.PostAsync("/api/account/logout", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await user.GetAsync(Probe)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_Verify_An_Altered_Token_Afresh_Though_The_Original_Is_Remembered()
    {
        var token = await fixture.TokenForAsync(RoleNames.Patient);
        using var user = fixture.Client(token);
        (await user.GetAsync(Probe)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var lastSignatureCharacter = token[^2];
        var altered = token[..^2] + (lastSignatureCharacter == 'A' ? 'B' : 'A') + token[^1];
        using var attacker = fixture.Client(altered);

        (await attacker.GetAsync(Probe)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        Cache.Contains(altered).ShouldBeFalse();
    }
}
