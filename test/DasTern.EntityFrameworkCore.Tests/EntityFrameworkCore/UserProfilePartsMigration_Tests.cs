using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DasTern.EntityFrameworkCore;

/// <summary>Moving the doctor's profile out of the user's row carries every application over, both ways.</summary>
public class UserProfilePartsMigration_Tests : IAsyncLifetime
{
    private const string Initial = "20261201054751_Initial";
    private const string UserProfileParts = "20261201074404_UserProfileParts";
    private static readonly Guid Doctor = Guid.CreateVersion7();
    private static readonly Guid Patient = Guid.CreateVersion7();

    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private DasTernDbContext Context() => new(new DbContextOptionsBuilder<DasTernDbContext>().UseNpgsql(_database.ConnectionString).Options);

    [Fact]
    public async Task Should_Carry_Doctor_Applications_Into_Their_Own_Table_And_Back()
    {
        await using (var db = Context())
        {
            await db.GetService<IMigrator>().MigrateAsync(Initial);
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "Users" ("Id", "Email", "TimeZone", "Language", "IsActive", "CreationTime", "MorningMealTime", "NoonMealTime", "EveningMealTime", "NightMealTime",
                    "DoseGracePeriodMinutes", "DoctorStatus", "DoctorLicenseNumber", "DoctorSpecialty", "DoctorClinic", "EmailConfirmed", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount")
                VALUES ({Doctor}, 'doctor@dastern.test', 'Asia/Phnom_Penh', 'km', true, now(), '06:30', '12:00', '18:00', '21:00', 45, 'Verified', 'KH-MED-1001', 'Cardiology', 'Calmette', true, false, false, true, 0),
                       ({Patient}, 'patient@dastern.test', 'Asia/Phnom_Penh', 'en', true, now(), '07:00', '12:00', '18:00', '21:00', 30, 'None', NULL, NULL, NULL, true, false, false, true, 0)
                """);
            await db.GetService<IMigrator>().MigrateAsync(UserProfileParts);
        }

        await using (var db = Context())
        {
            var doctor = await db.Users.AsNoTracking().SingleAsync(user => user.Id == Doctor);
            var patient = await db.Users.AsNoTracking().SingleAsync(user => user.Id == Patient);

            doctor.DoctorProfile.ShouldNotBeNull();
            doctor.DoctorStatus.ShouldBe(Identity.DoctorVerificationStatus.Verified);
            (doctor.DoctorProfile.LicenseNumber, doctor.DoctorProfile.Specialty, doctor.DoctorProfile.Clinic).ShouldBe(("KH-MED-1001", "Cardiology", "Calmette"));
            doctor.DosingPreferences.MorningMealTime.ShouldBe(new TimeOnly(6, 30));
            doctor.DosingPreferences.DoseGracePeriodMinutes.ShouldBe(45);
            patient.DoctorProfile.ShouldBeNull();

            await db.GetService<IMigrator>().MigrateAsync(Initial);
            var restored = await db.Database
                .SqlQuery<string>($"""SELECT "DoctorStatus" || '|' || "DoctorLicenseNumber" || '|' || "DoctorSpecialty" || '|' || "DoctorClinic" AS "Value" FROM "Users" WHERE "Id" = {Doctor}""")
                .SingleAsync();
            restored.ShouldBe("Verified|KH-MED-1001|Cardiology|Calmette");
            (await db.Database.SqlQuery<string>($"""SELECT "DoctorStatus" AS "Value" FROM "Users" WHERE "Id" = {Patient}""").SingleAsync()).ShouldBe("None");
        }
    }
}
