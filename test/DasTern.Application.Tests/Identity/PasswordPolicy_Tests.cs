using DasTern.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DasTern.Identity;

/// <summary>
/// OWASP ASVS 5.0 §6.2 through Identity's own validators, run as registration will run them: on a
/// user object that is not saved yet.
/// </summary>
[Collection(ApplicationTestCollection.Name)]
public class PasswordPolicy_Tests(DatabaseFixture fixture)
{
    private static AppUser NewUser()
    {
        var user = new AppUser("sok.dara@gmail.com", "sok.dara@gmail.com", DateTimeOffset.UtcNow) { PhoneNumber = "+85512345678" };
        user.SetName("Sok", "Dara");
        return user;
    }

    private async Task<IReadOnlyList<string>> ErrorCodesAsync(AppUser user, string password)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var codes = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            codes.AddRange((await validator.ValidateAsync(users, user, password)).Errors.Select(error => error.Code));
        }

        return codes;
    }

    [Theory]
    [InlineData("Password1!")]
    [InlineData("Qwerty123!")]
    [InlineData("P@ssw0rd")]
    [InlineData("DasTern2024!")]
    [InlineData("sok.dara@gmail.com")]
    [InlineData("SokDara2024!")]
    [InlineData("012345678")]
    [InlineData("aaaaaaaaaaaa")]
    public async Task Should_Refuse_Common_Patterned_And_Personal_Passwords(string password) =>
        (await ErrorCodesAsync(NewUser(), password)).ShouldBe([PasswordStrengthValidator.TooWeakCode]);

    [Theory]
    [InlineData("correct horse battery staple purple")]
    [InlineData("my grandmother grows mangoes in Kampot")]
    [InlineData("lowercase words only nothing else")]
    public async Task Should_Accept_Long_Passphrases_Without_Any_Composition_Rule(string password) =>
        (await ErrorCodesAsync(NewUser(), password)).ShouldBeEmpty();

    [Fact]
    public async Task Should_Accept_Passwords_Up_To_128_Characters_And_Refuse_Longer_Ones()
    {
        const string story = "my grandmother grows mangoes in Kampot, sells them at the river market on Sundays, "
            + "and walks home past the salt fields while the sun goes down over Bokor";

        (await ErrorCodesAsync(NewUser(), story[..64])).ShouldBeEmpty();
        (await ErrorCodesAsync(NewUser(), story[..128])).ShouldBeEmpty();
        (await ErrorCodesAsync(NewUser(), story[..129])).ShouldBe([PasswordStrengthValidator.TooLongCode]);
    }

    [Fact]
    public async Task Should_Leave_A_Short_Password_To_Identitys_Own_Length_Rule()
    {
        (await ErrorCodesAsync(NewUser(), "abc")).ShouldBe(["PasswordTooShort"]);
    }

    [Fact]
    public async Task Should_Refuse_A_Password_Made_Of_This_Accounts_Details_That_Another_Account_May_Use()
    {
        const string password = "vibolrathanak1990";
        var vibol = new AppUser("vibol.rathanak@example.com", "vibol.rathanak@example.com", DateTimeOffset.UtcNow);
        vibol.SetName("Vibol", "Rathanak");
        var other = new AppUser("chan.sophea@example.com", "chan.sophea@example.com", DateTimeOffset.UtcNow);
        other.SetName("Chan", "Sophea");

        (await ErrorCodesAsync(vibol, password)).ShouldBe([PasswordStrengthValidator.TooWeakCode]);
        (await ErrorCodesAsync(other, password)).ShouldBeEmpty();
    }
}
