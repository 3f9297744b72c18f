using System.Diagnostics;
using DasTern.Identity;
using DasTern.OpenIddict;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenIddict.Abstractions;

namespace DasTern;

/// <summary>Runs the real DbMigrator program, as a deployment would.</summary>
public class DbMigrator_Tests
{
    private static async Task<(int ExitCode, string Output)> RunMigratorAsync(TestDatabase database, string environment, string adminPassword, Dictionary<string, string>? settings = null)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "DasTern.DbMigrator.dll")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var (key, value) in TestSettings.For(database))
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        start.Environment["Admin__Password"] = adminPassword;
        foreach (var (key, value) in settings ?? [])
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        start.Environment["DOTNET_ENVIRONMENT"] = environment;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    /// <summary>Row count and a digest of every row of every table we own.</summary>
    private static async Task<Dictionary<string, string>> SnapshotAsync(TestDatabase database)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var snapshot = new Dictionary<string, string>();
        foreach (var table in tables)
        {
            await using var digest = new NpgsqlCommand(
                $"SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM \"{table}\" t", connection);
            snapshot[table] = (string)(await digest.ExecuteScalarAsync())!;
        }

        return snapshot;
    }

    [Fact]
    public async Task Should_Change_Nothing_When_Run_A_Second_Time()
    {
        await using var database = await TestDatabase.CreateAsync();

        var first = await RunMigratorAsync(database, "Development", TestSettings.AdminPassword);
        var afterFirst = await SnapshotAsync(database);
        var second = await RunMigratorAsync(database, "Development", TestSettings.AdminPassword);
        var afterSecond = await SnapshotAsync(database);

        first.ExitCode.ShouldBe(0, first.Output);
        second.ExitCode.ShouldBe(0, second.Output);
        int.Parse(afterFirst["Medicines"].Split(':')[0], System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo(150);
        int.Parse(afterFirst["Roles"].Split(':')[0], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(4);
        afterSecond.ShouldBe(afterFirst);
    }

    [Fact]
    public async Task Should_Refuse_An_Admin_Password_That_Breaks_The_Password_Policy()
    {
        await using var database = await TestDatabase.CreateAsync();

        var result = await RunMigratorAsync(database, "Development", "Password1!");

        result.ExitCode.ShouldNotBe(0);
        result.Output.ShouldContain("Admin:Password does not meet the password policy");
    }

    [Fact]
    public async Task Should_Refuse_The_Development_Admin_Password_Outside_Development()
    {
        await using var database = await TestDatabase.CreateAsync();

        var result = await RunMigratorAsync(database, "Production", AdminUserOptions.DevelopmentPassword);

        result.ExitCode.ShouldNotBe(0);
        result.Output.ShouldContain("Admin:Password");
        (await SnapshotAsync(database)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_Replace_Development_Credentials_And_Addresses_With_The_Configured_Ones()
    {
        await using var database = await TestDatabase.CreateAsync();
        const string productionPassword = "Tamarind-orchid-river-lantern-42";
        const string productionSecret = "a-production-service-secret-of-our-own";

        var development = await RunMigratorAsync(database, "Development", AdminUserOptions.DevelopmentPassword, new()
        {
            ["OpenIddict:ServiceClientSecret"] = OpenIddictSeedOptions.DevelopmentServiceClientSecret,
            ["OpenIddict:MobileRedirectUris:0"] = "dastern://auth/callback",
            ["OpenIddict:MobileRedirectUris:1"] = "http://localhost:4200/auth/callback",
        });
        var production = await RunMigratorAsync(database, "Production", productionPassword, new()
        {
            ["OpenIddict:ServiceClientSecret"] = productionSecret,
            ["OpenIddict:MobileRedirectUris:0"] = "dastern://auth/callback",
        });
        await using var services = DasTernTestServices.Build(TestSettings.For(database));
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var admin = (await users.FindByEmailAsync(TestSettings.AdminEmail))!;
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var service = (await applications.FindByClientIdAsync(TestSettings.ServiceClientId))!;
        var mobile = (await applications.FindByClientIdAsync(TestSettings.MobileClientId))!;

        development.ExitCode.ShouldBe(0, development.Output);
        production.ExitCode.ShouldBe(0, production.Output);
        (await users.CheckPasswordAsync(admin, AdminUserOptions.DevelopmentPassword)).ShouldBeFalse();
        (await users.CheckPasswordAsync(admin, productionPassword)).ShouldBeTrue();
        (await applications.ValidateClientSecretAsync(service, OpenIddictSeedOptions.DevelopmentServiceClientSecret)).ShouldBeFalse();
        (await applications.ValidateClientSecretAsync(service, productionSecret)).ShouldBeTrue();
        (await applications.GetRedirectUrisAsync(mobile)).ShouldBe(["dastern://auth/callback"]);
    }
}
