using System.Security.Cryptography;
using DasTern.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OtpNet;

namespace DasTern.Identity;

[Collection(ApplicationTestCollection.Name)]
public class AuthenticatorCodes_Tests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Should_Accept_One_Step_Of_Drift_Either_Way_And_Each_Step_Once()
    {
        // Ten seconds into a 30-second step, so "one step" and "two steps" away are unambiguous.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 8, 0, 10, TimeSpan.Zero));
        var secret = RandomNumberGenerator.GetBytes(20);
        var key = Base32Encoding.ToString(secret);
        var totp = new Totp(secret);
        await using var scope = fixture.Services.CreateAsyncScope();
        var email = $"totp-{Guid.NewGuid():N}@dastern.test";
        var user = new AppUser(email, email, DateTimeOffset.UtcNow) { EmailConfirmed = true };
        IdentityResults.ThrowIfFailed(await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().CreateAsync(user));
        var codes = new AuthenticatorCodes(scope.ServiceProvider.GetRequiredService<IAppUserRepository>(), clock);
        string At(int seconds) => totp.ComputeTotp(clock.GetUtcNow().UtcDateTime.AddSeconds(seconds));

        (await codes.VerifyAsync(user, key, At(-60))).ShouldBeFalse();
        (await codes.VerifyAsync(user, key, At(60))).ShouldBeFalse();
        (await codes.VerifyAsync(user, key, At(-30))).ShouldBeTrue();
        (await codes.VerifyAsync(user, key, At(-30))).ShouldBeFalse();
        (await codes.VerifyAsync(user, key, At(0))).ShouldBeTrue();
        (await codes.VerifyAsync(user, key, At(-30))).ShouldBeFalse();
        (await codes.VerifyAsync(user, key, At(30))).ShouldBeTrue();
        (await codes.VerifyAsync(user, key, At(30))).ShouldBeFalse();
        (await codes.VerifyAsync(user, key, "12345")).ShouldBeFalse();
        (await codes.VerifyAsync(user, null, At(0))).ShouldBeFalse();
    }
}
