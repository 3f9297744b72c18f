using DasTern.Identity;

namespace DasTern.Identity;

public class ContactNormalization_Tests
{
    [Theory]
    [InlineData("+85512345678")]
    [InlineData("85512345678")]
    [InlineData("0085512345678")]
    [InlineData("012345678")]
    [InlineData("012 345 678")]
    [InlineData("+855 12-345-678")]
    [InlineData(" (012) 345 678 ")]
    public void Should_Give_Every_Spelling_Of_A_Cambodian_Number_One_E164_Form(string spelling) =>
        AppUser.NormalizePhoneNumber(spelling).ShouldBe("+85512345678");

    [Fact]
    public void Should_Keep_Foreign_Numbers_With_Their_Country_Code() =>
        AppUser.NormalizePhoneNumber("+1 650 253 0000").ShouldBe("+16502530000");

    [Theory]
    [InlineData("12345")]
    [InlineData("+8551234")]
    [InlineData("00000000")]
    [InlineData("abc")]
    [InlineData("+999 1234 5678")]
    public void Should_Refuse_What_Is_Not_A_Phone_Number(string input) => AppUser.NormalizePhoneNumber(input).ShouldBeNull();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Should_Have_No_Number_For_Nothing(string? input) => AppUser.NormalizePhoneNumber(input).ShouldBeNull();

    [Theory]
    [InlineData("sok@example.com", "sok@example.com")]
    [InlineData(" sok@example.com. ", "sok@example.com")]
    [InlineData("sok@example.com..", "sok@example.com")]
    [InlineData("first.last@example.com", "first.last@example.com")]
    public void Should_Strip_Spaces_And_The_Domains_Trailing_Dots(string email, string canonical) =>
        EmailAddresses.Canonicalize(email).ShouldBe(canonical);

    [Fact]
    public void Should_Normalize_One_Mailbox_To_One_Lookup_Key()
    {
        var normalizer = new EmailLookupNormalizer();

        normalizer.NormalizeEmail("Sok@Example.com.").ShouldBe(normalizer.NormalizeEmail("sok@example.com"));
        normalizer.NormalizeName(" sok@example.com. ").ShouldBe("SOK@EXAMPLE.COM");
        normalizer.NormalizeName("Doctor").ShouldBe("DOCTOR");
    }
}
