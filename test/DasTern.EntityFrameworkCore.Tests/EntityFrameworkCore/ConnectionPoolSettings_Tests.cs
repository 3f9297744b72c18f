using DasTern.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DasTern.EntityFrameworkCore;

[Collection(EfCoreTestCollection.Name)]
public class ConnectionPoolSettings_Tests(EfCoreFixture fixture)
{
    private static NpgsqlConnectionStringBuilder SettingsOf(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        return new NpgsqlConnectionStringBuilder(scope.ServiceProvider.GetRequiredService<DasTernDbContext>().Database.GetConnectionString());
    }

    [Fact]
    public void Should_Keep_Sessions_And_Prepare_Repeated_Statements_By_Default()
    {
        var settings = SettingsOf(fixture.Services);

        settings.NoResetOnClose.ShouldBeTrue();
        settings.MaxAutoPrepare.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Should_Leave_Settings_The_Connection_String_Gives_As_They_Are()
    {
        var given = new NpgsqlConnectionStringBuilder(fixture.Settings["ConnectionStrings:Default"]) { NoResetOnClose = false, MaxAutoPrepare = 0 };
        var settings = new Dictionary<string, string?>(fixture.Settings) { ["ConnectionStrings:Default"] = given.ConnectionString };
        using var services = DasTernTestServices.Build(settings);

        var applied = SettingsOf(services);

        applied.NoResetOnClose.ShouldBeFalse();
        applied.MaxAutoPrepare.ShouldBe(0);
    }
}
