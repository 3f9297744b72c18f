using System.Security.Cryptography;
using DasTern.Identity;
using DasTern.Infrastructure;

namespace DasTern.Platform;

public class StartupSafety_Tests
{
    private static Dictionary<string, string?> ProductionSettings(string adminPassword, bool withKeys)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Default"] = "Host=127.0.0.1;Database=never_used",
            ["Admin:Password"] = adminPassword,
            ["OpenIddict:ServiceClientSecret"] = "a-long-enough-service-secret",
        };
        if (withKeys)
        {
            using var signing = RSA.Create(2048);
            using var encryption = RSA.Create(2048);
            settings["AuthServer:SigningKey"] = signing.ExportPkcs8PrivateKeyPem();
            settings["AuthServer:EncryptionKey"] = encryption.ExportPkcs8PrivateKeyPem();
        }

        return settings;
    }

    [Fact]
    public void Should_Refuse_To_Start_Outside_Development_Without_Signing_Keys()
    {
        using var factory = new DasTernHostFactory(ProductionSettings("Str0ng-Admin-Pa55!", withKeys: false), "Production");

        Should.Throw<InvalidOperationException>(() => factory.CreateClient()).Message.ShouldContain("AuthServer:SigningKey");
    }

    [Theory]
    [InlineData("")]
    [InlineData(AdminUserOptions.DevelopmentPassword)]
    public void Should_Refuse_To_Start_Outside_Development_With_A_Default_Or_Missing_Admin_Password(string password)
    {
        using var factory = new DasTernHostFactory(ProductionSettings(password, withKeys: true), "Production");

        Should.Throw<Exception>(() => factory.CreateClient()).ToString().ShouldContain("Admin:Password");
    }
}
